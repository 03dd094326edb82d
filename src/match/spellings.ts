import { lazyPattern } from '../core/lazy-pattern.js';
import { editDistance } from './fuzzy.js';
import { fold, isAllCaps, isContraction, isPluralOf } from './normalize.js';
import { phoneticKeys, phoneticSimilarity, type SoundKeys } from './phonetic.js';
import { isTransliterationSlip } from './transliteration.js';

/**
 * When two capitalised spellings are one name written two ways: the judgement the name-consistency fixer
 * makes within a document and `unmangle learn` makes across a corpus.
 */

/** A spelling shorter than this is never decided on. */
export const MIN_NAME_LENGTH = 4;
/** Letters and apostrophes only: "X-gyro" and "Z-gyro" are two things, not two spellings. */
const NAME_WORD = lazyPattern(String.raw`^[\p{L}\p{M}'\u2019]+$`, 'u');

/** One spelling as written, with what the comparison needs of it. */
export interface Spelling {
  readonly stem: string;
  readonly folded: string;
  readonly count: number;
  readonly keys: SoundKeys;
}

export function spelling(stem: string, count: number, keysOf: (word: string) => SoundKeys = phoneticKeys): Spelling {
  return { stem, folded: fold(stem), count, keys: keysOf(stem) };
}

/**
 * Whether a capitalised word has the shape of a name's spelling: not in capitals throughout (an acronym),
 * long enough, letters only, no contraction (He'll).
 */
export function hasNameShape(stem: string): boolean {
  return !isAllCaps(stem) && stem.length >= MIN_NAME_LENGTH && NAME_WORD().test(stem) && !isContraction(stem);
}

/** A name-shaped word that is no ordinary English word (asked in lower case): a spelling worth comparing. */
export function isNameSpelling(stem: string, isWord: (lowercase: string) => boolean): boolean {
  return hasNameShape(stem) && !isWord(stem.toLowerCase());
}

/** Spellings of one name: a letter off for a short name, two for a long one; not just another case (DuPont). */
export function areOneName(form: Spelling, dominant: Spelling): boolean {
  if (form === dominant || form.folded === dominant.folded) return false;
  // Alike only to Daitch–Mokotoff, which is coarse: only the same name in another romanisation (Sholz,
  // Scholz), never a letter that makes another name (Newson beside Newsom, m and n).
  if (phoneticSimilarity(form.keys, dominant.keys) < 1 && !isTransliterationSlip(form.folded, dominant.folded)) return false;
  // A plural is the name's family or its people, not a slip (Blackwells, Elizabethans, Sakellariadises).
  if (isPluralOf(form.folded, dominant.folded) || isPluralOf(dominant.folded, form.folded)) return false;
  return editDistance(form.folded, dominant.folded) <= (dominant.folded.length >= 8 ? 2 : 1);
}

/** Group spellings by each of their sounds, so "Vernicke" (FRNK) meets "Wernicke" (ARNK, or FRNK). */
export function bySound<T extends Spelling>(forms: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const form of forms) {
    for (const key of new Set(form.keys)) {
      const group = groups.get(key);
      if (group) group.push(form);
      else groups.set(key, [form]);
    }
  }
  return groups;
}
