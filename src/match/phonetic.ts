import { doubleMetaphone } from 'double-metaphone';
import daitchMokotoffModule from 'talisman/phonetics/daitch-mokotoff.js';
import { remembered } from '../core/remembered.js';

// A CommonJS module compiled from ES modules: Node hands over its exports, bundlers its `default`.
const daitchMokotoff: (name: string) => string[] = typeof daitchMokotoffModule === 'function' ? daitchMokotoffModule : daitchMokotoffModule.default;

/**
 * How a word sounds, two ways: its Double Metaphone codes ("Sikot" and "CECOT" both SKT), made for
 * English, then its Daitch–Mokotoff codes, made for names from Central and Eastern Europe, which hear
 * Sh and Sch, ts and z, w and v, p and f alike (Sholts, Scholz: 484000). The first two are Metaphone's.
 */
export type SoundKeys = readonly string[];

const DM_LETTERS = 12;

export function phoneticKeys(word: string): SoundKeys {
  const [primary, secondary] = doubleMetaphone(word);
  // Neither reads a word in another script: Daitch–Mokotoff gives every such word 000000.
  if (primary === '') return [primary, secondary];
  // Daitch–Mokotoff branches on every ambiguous letter before it dedupes: 22 c's took 4 s. Its six digits
  // come from the first letters, so it hears only the first twelve (≤ 4 ms in the worst case).
  return [primary, secondary, ...daitchMokotoff(word.slice(0, DM_LETTERS)).filter((code) => !/^0+$/.test(code))];
}

/**
 * `phoneticKeys` remembered for the words a fixer meets again and again, in every chunk and every pass;
 * forgotten all at once past `limit` words, so a long run's memory stays bounded.
 */
export function soundKeysCache(limit = 100_000): (word: string) => SoundKeys {
  const cache = new Map<string, SoundKeys>();
  return (word) => remembered(cache, word, phoneticKeys, limit);
}

/**
 * How alike two words sound, 0..1: 1 when a Metaphone code of one equals one of the other, 0.7 when the
 * primary codes differ by one sound ("Enemy" ANM, "Enemies" ANMS), 0.7 too when only a Daitch–Mokotoff
 * code is shared (a coarser key: Newson and Newsom share one, m and n both 6; the names fixer decides when
 * that is enough).
 */
export function phoneticSimilarity(a: SoundKeys, b: SoundKeys): number {
  if (a[0] === '' || b[0] === '') return 0;
  if (a[0] === b[0] || a[0] === b[1] || a[1] === b[0] || a[1] === b[1]) return 1;
  if (a[0]!.length >= 2 && b[0]!.length >= 2 && oneEditApart(a[0]!, b[0]!)) return 0.7;
  return sharesDaitchMokotoff(a, b) ? 0.7 : 0;
}

export function sharesDaitchMokotoff(a: SoundKeys, b: SoundKeys): boolean {
  for (let i = 2; i < a.length; i++) for (let j = 2; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** True when one insertion, deletion or substitution turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
