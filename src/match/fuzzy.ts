import { distance } from 'fastest-levenshtein';
import { phoneticSimilarity, type SoundKeys } from './phonetic.js';

/** How close a word of the text is to a word of a name, and why. */
export interface WordScore {
  /** 1 - edit distance / longer length, on folded forms. */
  readonly edit: number;
  readonly phonetic: number;
  /** The two combined: sound weighs more, since mishearing keeps the sound and loses the spelling. */
  readonly score: number;
  /**
   * Why a word Metaphone hears otherwise sounds the same: it is another form of the name (a case ending,
   * a transliterated vowel), or Daitch–Mokotoff, made for such names, hears them alike.
   */
  readonly form?: 'case ending' | 'vowel' | 'daitch-mokotoff';
}

export const PHONETIC_WEIGHT = 0.7;

export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

export function scoreWord(
  folded: string,
  keys: SoundKeys,
  targetFolded: string,
  targetKeys: SoundKeys,
): WordScore {
  if (folded === targetFolded) return { edit: 1, phonetic: 1, score: 1 };
  const edit = 1 - editDistance(folded, targetFolded) / Math.max(folded.length, targetFolded.length);
  const phonetic = phoneticSimilarity(keys, targetKeys);
  return { edit, phonetic, score: PHONETIC_WEIGHT * phonetic + (1 - PHONETIC_WEIGHT) * edit };
}
