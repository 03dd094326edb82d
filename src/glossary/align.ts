import { scoreWord } from '../match/fuzzy.js';
import { fold } from '../match/normalize.js';
import { phoneticKeys } from '../match/phonetic.js';

/**
 * The words of a name that a listed variant stands for: all of them, or, for a variant of fewer words, the
 * run of the name's words it sounds and spells most like. `Keir Starmer: [Starma]` makes "Starma said"
 * "Starmer said", and "Keir Starma" "Keir Starmer", not "Keir Keir Starmer".
 */
export function alignedWords(variant: string, nameWords: readonly string[]): readonly string[] {
  const words = variant.split(/\s+/);
  if (words.length >= nameWords.length) return nameWords;
  const score = (word: string, target: string): number => scoreWord(fold(word), phoneticKeys(word), fold(target), phoneticKeys(target)).score;
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + words.length <= nameWords.length; start++) {
    let total = 0;
    for (let k = 0; k < words.length; k++) total += score(words[k]!, nameWords[start + k]!);
    if (total > bestScore) {
      best = start;
      bestScore = total;
    }
  }
  return nameWords.slice(best, best + words.length);
}
