import type { Finding } from '../../core/types.js';
import type { NameIndex, SplitName } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { isAllCaps, isCapitalized } from '../../match/normalize.js';
import { nameFinding } from './exact.js';
import { describeOrigin } from './explain.js';
import type { WordRun } from './word-run.js';

/**
 * Small words that are also parts of names ("linked in", "you tube"): a split that has one is taken for the
 * name only where a noun is expected, after a preposition, an article or a possessive ("on linked in",
 * "his air pods"), never in "he was linked in the scandal".
 */
const SMALL_PARTS = new Set(['a', 'an', 'as', 'at', 'by', 'in', 'is', 'it', 'me', 'of', 'on', 'or', 'out', 'to', 'up', 'us', 'we', 'you', 'off', 'and', 'for', 'the']);
const NOUN_CUES = new Set(['on', 'in', 'at', 'to', 'from', 'via', 'with', 'for', 'by', 'of', 'into', 'onto', 'the', 'a', 'an', 'my', 'his', 'her', 'our', 'your', 'their', 'its', 'this', 'that', 'new']);

/** A glossary name found written as several words, or as one: the finding, and how many words it spans. */
export interface SplitFind {
  readonly finding: Finding;
  readonly words: number;
}

/**
 * Whether word `w` starts a glossary name that speech recognition split at its capitals ("air pods" for
 * AirPods) or merged from its words ("Marcorubio" for Marco Rubio). Only exact letters count: a sound
 * alike is too loose across word boundaries.
 */
export function splitOrMergedName(run: WordRun, w: number, index: NameIndex, lexicon: Lexicon): SplitFind | null {
  const folded = run.folded(w);
  for (const split of index.splitsStartingWith(folded)) {
    const n = split.parts.length;
    if (!run.isPhrase(w, n) || !singleSpaced(run, w, n)) continue;
    if (split.parts.some((part, k) => run.folded(w + k) !== part)) continue;
    if (split.parts.some((part) => SMALL_PARTS.has(part)) && !NOUN_CUES.has(w > 0 ? run.folded(w - 1) : '')) continue;
    const found = splitFinding(run, w, n, split, 'split-name', `written as ${n} words`);
    // Every part capitalised is a spelling of the name's own ("Du Pont", "La Guardia"): only suggested.
    if (!split.parts.every((_, k) => isCapitalized(run.stem(w + k)))) return { finding: found, words: n };
    const { fix: _, ...suggestion } = found;
    return { finding: { ...suggestion, message: `${found.message}; only suggested: each word is capitalised, so perhaps written so on purpose`, confidence: 0.6 }, words: n };
  }
  const joined = folded.replace(/-/g, '');
  const merged = index.mergedName(joined);
  if (merged) {
    // A one-word name is found here only hyphenated ("linked-in"): in its own letters it is an exact form.
    const found = merged.name.words.length === 1 ? joined !== folded : !lexicon.isWord(folded);
    if (found) return { finding: splitFinding(run, w, 1, merged, 'merged-name', joined === folded ? 'written as one word' : 'hyphenated'), words: 1 };
  }
  return null;
}

function singleSpaced(run: WordRun, w: number, n: number): boolean {
  for (let k = w; k < w + n - 1; k++) if (run.gapAfter(k) !== ' ') return false;
  return true;
}

function splitFinding(run: WordRun, w: number, n: number, split: SplitName, rule: string, how: string): Finding {
  const range = run.span(w, n);
  const actual = run.doc.text.slice(range[0], range[1]);
  const name = split.name.entry.name;
  const shouting = Array.from({ length: n }, (_, k) => run.stem(w + k)).every((stem) => stem.length > 1 && isAllCaps(stem));
  return nameFinding(range, shouting ? name.toUpperCase() : name, rule, `\`${actual}\` is \`${name}\` ${how} (${describeOrigin(split.name.entry)})`, 0.9);
}
