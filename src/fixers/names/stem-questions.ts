import type { NameLookup } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { fold, isContraction } from '../../match/normalize.js';
import { caseStem } from './doubt.js';
import type { KeysOf } from './guess.js';
import type { StemQuestions } from './guess-memo.js';

/** How each answer about a stem alone is worked out the first time (`StemAnswers` keeps them), with the pipeline's index, lexicon and sounds. */
export function stemQuestions(index: NameLookup, lexicon: Lexicon, keysOf: KeysOf): StemQuestions {
  return {
    // An ordinary English word ("The", "Mark") starts no guess of its own: a garbled name is found from its
    // other words ("Rubio" finds "Mark Rubio"), unless the word belongs to a name itself ("Alien").
    isOrdinary: (stem) => (lexicon.isWord(stem.toLowerCase()) || isContraction(stem)) && !index.isNameWord(fold(stem)),
    isKnownWord: (stem) => lexicon.isWord(stem.toLowerCase()) || isKnownName(stem, lexicon),
    // A name is found by the word's sound, and by its stem's when it carries a case ending ("Bakhmutom").
    soundKeys: (stem) => {
      const base = caseStem(stem);
      return [...new Set([...keysOf(stem), ...(base ? keysOf(base) : [])])];
    },
  };
}

/** A name a dictionary knows, or its plural: "Sundays" is Sunday's, never a garble of Sundas. */
export function isKnownName(stem: string, lexicon: Lexicon): boolean {
  return lexicon.isKnownName(stem) || (stem.endsWith('s') && lexicon.isKnownName(stem.slice(0, -1)));
}
