import type { NameIndex } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { editDistance } from '../../match/fuzzy.js';
import { fold, isAllCaps, isContraction, isPluralOf } from '../../match/normalize.js';
import { phoneticKeys, phoneticSimilarity, type SoundKeys } from '../../match/phonetic.js';
import { isTransliterationSlip } from '../../match/transliteration.js';
import type { Introductions } from './census.js';

/** A spelling must occur at least this often, and more often than the other, to win. */
const MIN_DOMINANT = 2;
/** A spelling shorter than this is never decided on. */
export const MIN_NAME_LENGTH = 4;
/** Letters and apostrophes only: "X-gyro" and "Z-gyro" are two things, not two spellings. */
const NAME_WORD = /^[\p{L}\p{M}'’]+$/u;
const NONE_INTRODUCED: Introductions = { surnames: new Map(), givenNames: new Set() };

interface Form {
  readonly stem: string;
  readonly folded: string;
  readonly count: number;
  readonly keys: SoundKeys;
}

/** What the document says about one spelling: the spelling it should be, and how sure that is. */
export interface Decision {
  readonly dominant: string;
  readonly counts: string;
  readonly clear: boolean;
  /** The full mention that decided it, when the counts alone did not ("Tobias Wernicke"). */
  readonly introducedAs?: string;
}

/**
 * Group the document's name-like spellings (capitalised, not in capitals throughout, not ordinary English)
 * by sound, and within a group decide each spelling a letter or two off the most common one.
 */
export function decide(
  census: ReadonlyMap<string, number>,
  index: NameIndex,
  lexicon: Lexicon,
  introductions: () => Introductions = () => NONE_INTRODUCED,
  keysOf: (word: string) => SoundKeys = phoneticKeys,
): Map<string, Decision> {
  // Read from the text only where a tie needs them: most documents have none.
  let known: Introductions | null = null;
  const introduced = (): Introductions => (known ??= introductions());
  const bySound = new Map<string, Form[]>();
  for (const [stem, count] of census) {
    if (isAllCaps(stem) || stem.length < MIN_NAME_LENGTH || !NAME_WORD.test(stem) || isContraction(stem) || lexicon.isWord(stem.toLowerCase())) continue;
    // Grouped by each of its sounds, so "Vernicke" (FRNK) meets "Wernicke" (ARNK, or FRNK), and "Sholz"
    // meets "Scholz" by their Daitch–Mokotoff code (484000) where Metaphone hears SLS and XLS.
    const form = { stem, folded: fold(stem), count, keys: keysOf(stem) };
    for (const key of new Set(form.keys)) {
      const group = bySound.get(key);
      if (group) group.push(form);
      else bySound.set(key, [form]);
    }
  }
  const decisions = new Map<string, Decision>();
  for (const group of bySound.values()) {
    if (group.length < 2) continue;
    // Most used first; in a tie, the spelling the document introduced in full ("Tobias Wernicke").
    const full = (form: Form): number => (introduced().surnames.has(form.stem) ? 1 : 0);
    group.sort((a, b) => b.count - a.count || full(b) - full(a) || (a.stem < b.stem ? -1 : 1));
    const dominant = group[0]!;
    const counts = group
      .filter((form) => form === dominant || isSameName(form, dominant))
      .map((form) => `${form.stem} ${form.count}`)
      .join(', ');
    for (const form of group.slice(1)) {
      if (!isSameName(form, dominant)) continue;
      // A spelling that is a name in its own right (Marie beside Maria, a glossary name) is left alone.
      if (lexicon.isKnownName(form.stem) || index.isNameWord(form.folded)) continue;
      // Fixed only when the document clearly spells the name one way: the dominant spelling at least twice
      // and more often than this one, and this one a slip made once (a spelling used again is meant, as
      // Pohly beside Pohl). A tie, or a spelling used more than once, is only suggested.
      // Or the document introduced the name in full and this spelling only ever stands alone, once ("the
      // economist Tobias Wernicke … Mr Vernicke said").
      const authority = form.count === 1 && dominant.count === 1 && introduced().surnames.has(dominant.stem) && !introduced().surnames.has(form.stem) && !introduced().givenNames.has(form.stem);
      const clear = (dominant.count >= MIN_DOMINANT && dominant.count > form.count && form.count === 1) || authority;
      // Met in two groups, a spelling is decided only where both agree.
      const earlier = decisions.get(form.stem);
      const decision: Decision = authority ? { dominant: dominant.stem, counts, clear, introducedAs: introduced().surnames.get(dominant.stem)! } : { dominant: dominant.stem, counts, clear };
      if (earlier && (earlier.dominant !== dominant.stem || earlier.clear !== clear)) decisions.set(form.stem, { dominant: earlier.dominant, counts: earlier.counts, clear: false });
      else decisions.set(form.stem, decision);
    }
  }
  return decisions;
}

/** Spellings of one name: a letter off for a short name, two for a long one; not just another case (DuPont). */
function isSameName(form: Form, dominant: Form): boolean {
  if (form === dominant || form.folded === dominant.folded) return false;
  // Alike only to Daitch–Mokotoff, which is coarse: only the same name in another romanisation (Sholz,
  // Scholz), never a letter that makes another name (Newson beside Newsom, m and n).
  if (phoneticSimilarity(form.keys, dominant.keys) < 1 && !isTransliterationSlip(form.folded, dominant.folded)) return false;
  // A plural is the name's family or its people, not a slip (Blackwells, Elizabethans, Sakellariadises).
  if (isPluralOf(form.folded, dominant.folded) || isPluralOf(dominant.folded, form.folded)) return false;
  return editDistance(form.folded, dominant.folded) <= (dominant.folded.length >= 8 ? 2 : 1);
}
