import type { Change } from '../../src/index.js';
import type { GoldEdit } from './corpus.js';

/** The names issue's no-config target: how many lone garbles the document itself settles were fixed. */
export interface SelfEvident {
  /** Name edits of one word whose right spelling the document writes twice or more, or after a given name. */
  readonly eligible: number;
  readonly fixed: number;
  readonly suggested: number;
}

/**
 * Which of a document's name edits its own text settles: the edit replaces a word written once by a
 * one-word name the document spells right at least twice, or introduces in full after a capitalised word
 * ("Tobias Wernicke … Vernicke"); and whether the tool changed (or suggested) exactly that.
 */
export function selfEvident(input: string, edits: readonly GoldEdit[], changes: readonly Change[], suggestions: readonly Change[]): SelfEvident {
  let eligible = 0;
  let fixed = 0;
  let suggested = 0;
  for (const edit of edits) {
    const garble = input.slice(edit.range[0], edit.range[1]);
    if (edit.class !== 'name' || !/^\p{Lu}[\p{L}'’-]*$/u.test(edit.text) || !/^\p{L}[\p{L}'’-]*$/u.test(garble)) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{M}])${escape(edit.text)}(?![\\p{L}\\p{M}])`, 'gu');
    // After a given name: a capitalised word that is no title and does not start a sentence ("Said Scholz").
    const introduced = new RegExp(`(?<![.!?]\\s|^)(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Mr\\.|Mrs\\.|Ms\\.|Dr\\.) )(?!(?:Mr|Mrs|Ms|Dr|Prof)\\b)\\p{Lu}\\p{Ll}+ ${escape(edit.text)}(?![\\p{L}\\p{M}])`, 'u').test(input);
    if ((input.match(word)?.length ?? 0) < 2 && !introduced) continue;
    // A lone garble: this spelling written once ("Vernicke"), not a spelling the document keeps to.
    const garbleWord = new RegExp(`(?<![\\p{L}\\p{M}])${escape(garble)}(?![\\p{L}\\p{M}])`, 'gu');
    if ((input.match(garbleWord)?.length ?? 0) !== 1) continue;
    eligible++;
    const at = (change: Change): boolean => change.offset === edit.range[0] && change.length === garble.length && change.replacement === edit.text;
    if (changes.some(at)) fixed++;
    else if (suggestions.some(at)) suggested++;
  }
  return { eligible, fixed, suggested };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
