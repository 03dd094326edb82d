import type { Finding, Fixer } from '../core/types.js';
import { editDistance } from '../match/fuzzy.js';
import { fold, isAllCaps, isCapitalized } from '../match/normalize.js';
import { phoneticKeys } from '../match/phonetic.js';
import { WordRun } from './names/word-run.js';

/** A spelling must occur at least this often, and more often than each rival, to win. */
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
        const [dominant, runnerUp] = group as [Form, Form];
        if (dominant.words.length < MIN_DOMINANT) continue;
        const tied = runnerUp.words.length === dominant.words.length;
        for (const form of group.slice(1)) {
          // A garble is a slip, made once; a spelling used again is meant (Pohly beside Pohl).
          if (form.words.length > 1 || !isSameName(form, dominant)) continue;
          // A spelling that is a name in its own right (Marie beside Maria, a glossary name) is left alone.
          if (lexicon.isKnownName(form.stem) || index.isNameWord(form.folded)) continue;
          const counts = group.filter((f) => isSameName(f, dominant) || f === dominant).map((f) => `${f.stem} ${f.words.length}`).join(', ');
          for (const w of form.words) {
            const range = run.span(w, 1);
            const base = {
              fixer: 'name-consistency' as const,
              range,
              actual: form.stem,
              expected: [dominant.stem],
              confidence: 0.85,
            };
            findings.push(
              tied
                ? { ...base, rule: 'tied-spellings', message: `\`${form.stem}\` and \`${dominant.stem}\` are equally common here (${counts}): not fixed` }
                : {
                    ...base,
                    rule: 'dominant-spelling',
                    message: `\`${form.stem}\` is spelled \`${dominant.stem}\` elsewhere in this document (${counts})`,
                    fix: { range, text: dominant.stem },
                  },
            );
          }
        }
      }
      return findings;
    };
  },
};

/** Spellings of one name: a letter off for a short name, two for a long one; not just another case (DuPont). */
function isSameName(form: Form, dominant: Form): boolean {
  if (form === dominant || form.folded === dominant.folded) return false;
  return editDistance(form.folded, dominant.folded) <= (dominant.folded.length >= 8 ? 2 : 1);
}
