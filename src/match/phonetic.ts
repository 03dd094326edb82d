import { doubleMetaphone } from 'double-metaphone';

/** Double Metaphone codes of a word: how it sounds, so "Sikot" and "CECOT" both give SKT. */
export function phoneticKeys(word: string): readonly [primary: string, secondary: string] {
  return doubleMetaphone(word);
}

/**
 * How alike two words sound, 0..1: 1 when a code of one equals a code of the other, 0.7 when the primary
 * codes differ by one sound ("Enemy" ANM, "Enemies" ANMS), else 0.
 */
export function phoneticSimilarity(a: readonly [string, string], b: readonly [string, string]): number {
  if (a[0] === '' || b[0] === '') return 0;
  if (a[0] === b[0] || a[0] === b[1] || a[1] === b[0] || a[1] === b[1]) return 1;
  return a[0].length >= 2 && b[0].length >= 2 && oneEditApart(a[0], b[0]) ? 0.7 : 0;
}

/** True when one insertion, deletion or substitution turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
