import type { Finding, Fixer } from '../core/types.js';
import { editDistance } from '../match/fuzzy.js';
import { fold, isAllCaps, isCapitalized } from '../match/normalize.js';
import { phoneticKeys } from '../match/phonetic.js';
import { WordRun } from './names/word-run.js';

/** A spelling must occur at least this often, and more often than the other, to win. */
const MIN_DOMINANT = 2;
const MIN_LENGTH = 4;
/** Letters and apostrophes only: "X-gyro" and "Z-gyro" are two things, not two spellings. */
const NAME_WORD = /^[\p{L}\p{M}'’]+$/u;

interface Form {
  readonly stem: string;
  readonly folded: string;
  readonly words: number[];
}

export const nameConsistency: Fixer<Record<string, never>> = {
  id: 'name-consistency',
  description: 'Spells a name one way within a document when one spelling clearly dominates: Baukele, Bukle → Bukele.',
  create(_, env) {
    const { names: index, lexicon } = env;
    if (!index || !lexicon) throw new Error('the name-consistency fixer needs compiled names and a lexicon');
    return (doc) => {
      const run = new WordRun(doc);
      // Name-like words: capitalised, not in capitals throughout, not ordinary English ("The", "Relations").
      const forms = new Map<string, Form>();
      for (let w = 0; w < run.length; w++) {
        const stem = run.stem(w);
        if (!isCapitalized(stem) || isAllCaps(stem) || stem.length < MIN_LENGTH || !NAME_WORD.test(stem)) continue;
        if (lexicon.isWord(stem.toLowerCase())) continue;
        const form = forms.get(stem) ?? { stem, folded: run.folded(w), words: [] };
        form.words.push(w);
        forms.set(stem, form);
      }
      const bySound = new Map<string, Form[]>();
      for (const form of forms.values()) {
        const key = phoneticKeys(form.stem)[0];
        bySound.set(key, [...(bySound.get(key) ?? []), form]);
      }
      const findings: Finding[] = [];
      for (const group of bySound.values()) {
        if (group.length < 2) continue;
        group.sort((a, b) => b.words.length - a.words.length || (a.stem < b.stem ? -1 : 1));
        const dominant = group[0]!;
        for (const form of group.slice(1)) {
          if (!isSameName(form, dominant)) continue;
          // A spelling that is a name in its own right (Marie beside Maria, a glossary name) is left alone.
          if (lexicon.isKnownName(form.stem) || index.isNameWord(form.folded)) continue;
          findings.push(...spellingFindings(run, form, dominant, group));
        }
      }
      return findings;
    };
  },
};

/**
 * Fixed only when the document clearly spells the name one way: the dominant spelling at least twice and
 * more often than this one, and this one a slip made once (a spelling used again is meant, as Pohly beside
 * Pohl). A tie, or a spelling used more than once, is only suggested.
 */
function spellingFindings(run: WordRun, form: Form, dominant: Form, group: readonly Form[]): Finding[] {
  const counts = group
    .filter((f) => f === dominant || isSameName(f, dominant))
    .map((f) => `${f.stem} ${f.words.length}`)
    .join(', ');
  const clear = dominant.words.length >= MIN_DOMINANT && dominant.words.length > form.words.length && form.words.length === 1;
  return form.words.map((w) => {
    const range = run.span(w, 1);
    const found: Finding = {
      fixer: 'name-consistency',
      rule: clear ? 'dominant-spelling' : 'uncertain-spelling',
      message: clear
        ? `\`${form.stem}\` is spelled \`${dominant.stem}\` elsewhere in this document (${counts})`
        : `\`${form.stem}\` may be \`${dominant.stem}\`, but neither spelling clearly wins (${counts}): not fixed`,
      range,
      actual: form.stem,
      expected: [dominant.stem],
      confidence: clear ? 0.85 : 0.5,
    };
    return clear ? { ...found, fix: { range, text: dominant.stem } } : found;
  });
}

/** Spellings of one name: a letter off for a short name, two for a long one; not just another case (DuPont). */
function isSameName(form: Form, dominant: Form): boolean {
  if (form === dominant || form.folded === dominant.folded) return false;
  return editDistance(form.folded, dominant.folded) <= (dominant.folded.length >= 8 ? 2 : 1);
}
