import { builtinNames } from '../glossary/builtin.js';
import { compileNames } from '../glossary/compile.js';
import type { Lexicon, NameEntry } from '../glossary/types.js';
import { fold } from '../match/normalize.js';
import type { LearnSettings } from './cluster.js';

const ONE_WORD = /^\S+$/;

/**
 * What the clustering knows besides the corpus: the lexicon, the built-in names and an existing glossary's
 * entries. Its one-word names are names whatever the counts say; its one-word variants are taken care of.
 */
export function learnSettings(existing: readonly NameEntry[], lexicon: Lexicon, limits: Pick<LearnSettings, 'minCount' | 'minConfidence'>): LearnSettings {
  const index = compileNames(existing, builtinNames(), lexicon);
  return {
    ...limits,
    lexicon,
    isNameWord: (folded) => index.isNameWord(folded),
    listedNames: new Set(existing.map((entry) => entry.name).filter((name) => ONE_WORD.test(name))),
    listedVariants: new Set(existing.flatMap((entry) => entry.variants).filter((variant) => ONE_WORD.test(variant)).map(fold)),
  };
}
