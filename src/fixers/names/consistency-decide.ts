import type { NameLookup } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { phoneticKeys, type SoundKeys } from '../../match/phonetic.js';
import { areOneName, bySound as groupBySound, isNameSpelling, spelling, type Spelling } from '../../match/spellings.js';
import type { Introductions } from './census.js';
import { remembered } from '../../core/remembered.js';

/** A spelling must occur at least this often, and more often than the other, to win. */
const MIN_DOMINANT = 2;
const NONE_INTRODUCED: Introductions = { surnames: new Map(), givenNames: new Set() };

/** What the document says about one spelling: the spelling it should be, and how sure that is. */
export interface Decision {
  readonly dominant: string;
  readonly counts: string;
  readonly clear: boolean;
  /** The full mention that decided it, when the counts alone did not ("Tobias Wernicke"). */
  readonly introducedAs?: string;
}

/** A census stem as a spelling worth comparing (its count left to the census), or null: not name-like. */
export type SpellingOf = (stem: string) => Omit<Spelling, 'count'> | null;

/**
 * `SpellingOf`, remembered: it depends on the stem alone, and the decisions are made again for every text a
 * cleaning passes through, over every capitalised word of the document.
 */
export function spellings(lexicon: Lexicon, keysOf: (word: string) => SoundKeys = phoneticKeys, limit = 100_000): SpellingOf {
  const known = new Map<string, Omit<Spelling, 'count'> | null>();
  const isWord = (word: string): boolean => lexicon.isWord(word);
  const make = (stem: string): Omit<Spelling, 'count'> | null => (isNameSpelling(stem, isWord) ? spelling(stem, 0, keysOf) : null);
  return (stem) => remembered(known, stem, make, limit);
}

/**
 * Group the document's name-like spellings (capitalised, not in capitals throughout, not ordinary English)
 * by sound, and within a group decide each spelling a letter or two off the most common one.
 */
export function decide(
  census: ReadonlyMap<string, number>,
  index: NameLookup,
  lexicon: Lexicon,
  introductions: () => Introductions = () => NONE_INTRODUCED,
  spellingOf: SpellingOf = spellings(lexicon),
): Map<string, Decision> {
  // Read from the text only where a tie needs them: most documents have none.
  let known: Introductions | null = null;
  const introduced = (): Introductions => (known ??= introductions());
  // Grouped by each of its sounds, so "Sholz" meets "Scholz" by their Daitch–Mokotoff code (484000) where
  // Metaphone hears SLS and XLS.
  const forms: Spelling[] = [];
  for (const [stem, count] of census) {
    const form = spellingOf(stem);
    if (form) forms.push({ ...form, count });
  }
  const bySound = groupBySound(forms);
  const decisions = new Map<string, Decision>();
  for (const group of bySound.values()) {
    if (group.length < 2) continue;
    // Most used first; in a tie, the spelling the document introduced in full ("Tobias Wernicke").
    const full = (form: Spelling): number => (introduced().surnames.has(form.stem) ? 1 : 0);
    group.sort((a, b) => b.count - a.count || full(b) - full(a) || (a.stem < b.stem ? -1 : 1));
    const dominant = group[0]!;
    const counts = group
      .filter((form) => form === dominant || areOneName(form, dominant))
      .map((form) => `${form.stem} ${form.count}`)
      .join(', ');
    for (const form of group.slice(1)) {
      if (!areOneName(form, dominant)) continue;
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
