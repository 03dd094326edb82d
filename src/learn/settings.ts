import { builtinNames } from '../glossary/builtin.js';
import { compileNames } from '../glossary/compile.js';
import type { Lexicon, NameEntry } from '../glossary/types.js';
import { fold } from '../match/normalize.js';
import type { LearnSettings } from './cluster.js';

const ONE_WORD = /^\S+$/;

/**
 * What the clustering knows besides the corpus: the lexicon, the built-in names and an existing glossary's
 * entries. A word of a built-in name or variant, or of a glossary's name, is a name of its own (a word of a
 * glossary's variant is not: `Kalas` of `Kaja Kalas` is a slip). The glossary's one-word names are names
 * whatever the counts say; its one-word variants are taken care of.
 */
export function learnSettings(existing: readonly NameEntry[], lexicon: Lexicon, limits: Pick<LearnSettings, 'minCount' | 'minConfidence'>): LearnSettings {
  const builtin = compileNames([], builtinNames(), lexicon);
  const glossaryWords = new Set(existing.flatMap((entry) => entry.name.split(/\s+/).map(fold)));
  return {
    ...limits,
    lexicon,
    isNameWord: (folded) => builtin.isNameWord(folded) || glossaryWords.has(folded),
    // A spelling kept as written is a name word (never proposed as a garble) but collects no garbles.
    listedNames: new Set(existing.filter((entry) => !entry.keep).map((entry) => entry.name).filter((name) => ONE_WORD.test(name))),
    listedVariants: new Set(existing.flatMap((entry) => entry.variants).filter((variant) => ONE_WORD.test(variant)).map(fold)),
  };
}
