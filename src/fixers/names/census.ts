import { isUpper, isWordChar } from '../../core/chars.js';
import type { DocContext } from '../../core/types.js';
import { fold, possessiveStemEnd } from '../../match/normalize.js';
import { KeptFromParts, sameMapInOrder } from './kept-from-parts.js';

/**
 * Where a capital may be: ASCII capitals, Latin-1 capitals, and any letter beyond (checked with isUpper),
 * skipping the punctuation blocks (curly quotes, dashes) that fill news text.
 */
const MAYBE_CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u1FFF\u2C00-\uFFFF]/g;

/** Characters before a capital that make it part of something else: a word, a URL path, a handle, a hashtag. */
const ATTACHED = new Set([39, 0x2019, 64, 35, 47, 46, 95, 45]); // ' ’ @ # / . _ -

/** Whether a capital after this character is part of something else, not a name's start. */
export function isAttachedBefore(code: number): boolean {
  return ATTACHED.has(code);
}

/** How often each capitalised word (possessive split off) occurs in the whole document, as written. */
export function nameCensus(context: DocContext): ReadonlyMap<string, number> {
  return context.memo('name-census', (whole) => writtenSum.of(whole.chunkParts('name-census', chunkCensus).map((part) => part.written)));
}

/** The same counts by folded form: "Nicolás" and "NICOLAS" together. */
export function foldedCensus(context: DocContext): ReadonlyMap<string, number> {
  return context.memo('name-census-folded', (whole) => foldedSum.of(whole.chunkParts('name-census', chunkCensus).map((part) => part.folded)));
}

/** One chunk's capitalised words, counted as written and folded, and the pairs that may introduce a name. */
interface ChunkCensus {
  readonly written: Map<string, number>;
  readonly folded: Map<string, number>;
  /** Each capitalised word after another, one space between, as [before, word, before, word, …]. */
  readonly pairs: readonly string[];
}

/** One scan of a chunk for the counts and the introductions alike (two scans were two passes over every chunk). */
function chunkCensus(chunk: string): ChunkCensus {
  const written = new Map<string, number>();
  const pairs: string[] = [];
  let previous = '';
  let previousEnd = -2;
  forEachCapitalized(chunk, (stem, start) => {
    written.set(stem, (written.get(stem) ?? 0) + 1);
    if (previousEnd === start - 1 && chunk.charCodeAt(previousEnd) === 32 && previous !== stem && !TITLES.has(previous)) pairs.push(previous, stem);
    previous = stem;
    previousEnd = start + stem.length;
    return false;
  });
  const folded = new Map<string, number>();
  for (const [stem, count] of written) {
    const key = fold(stem);
    folded.set(key, (folded.get(key) ?? 0) + count);
  }
  return { written, folded, pairs };
}

type Counts = ReadonlyMap<string, number>;

/** The last sums, as written and folded, with the chunks' counts they were made of. */
const writtenSum = new KeptFromParts<Counts, Counts>(sameMapInOrder, sumCounts);
const foldedSum = new KeptFromParts<Counts, Counts>(sameMapInOrder, sumCounts);

/** Counts added up in order: a key first met earlier comes first, as in one count over the whole text. */
function sumCounts(parts: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const part of parts) for (const [key, count] of part) total.set(key, (total.get(key) ?? 0) + count);
  return total;
}

/**
 * Visit each capitalised word in order, with its possessive split off, until `visit` returns true. A
 * plain character class finds the capitals far faster than a Unicode property or a loop over every
 * character.
 */
function forEachCapitalized(text: string, visit: (stem: string, start: number) => boolean): void {
  const capitals = new RegExp(MAYBE_CAPITAL);
  // `test` makes no match object: the class matches one character, the one before `lastIndex`.
  while (capitals.test(text)) {
    const i = capitals.lastIndex - 1;
    if (!isUpper(text.charCodeAt(i))) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    let end = i + 1;
    if (!isWordChar(before) && !isAttachedBefore(before)) {
      end = wordEnd(text, i + 1);
      if (visit(text.slice(i, possessiveStemEnd(text, i, end)), i)) return;
    }
    // Skip the rest of the word either way: a capital inside it ("McFeely") does not start a name.
    capitals.lastIndex = wordEnd(text, end);
  }
}

/** End of letters and marks (no digits), with inner apostrophes: "Maduro’s", "O'Brien". */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    const code = text.charCodeAt(end);
    if ((code === 39 || code === 0x2019) && isLetter(text.charCodeAt(end + 1))) end++;
    else return end;
  }
}

function isLetter(code: number): boolean {
  return isWordChar(code) && !(code >= 48 && code <= 57);
}

/** Titles before a surname: "Mr Vernicke" is the surname alone, not a full name. */
const TITLES = new Set(['Capt', 'Col', 'Dr', 'Gen', 'Gov', 'Jr', 'Lt', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rep', 'Sen', 'Sir', 'Sr', 'St']);

/**
 * The surnames the document introduces in full, after a given name: "the economist Tobias Wernicke". A
 * given name is a capitalised word that is no English word (not "Yesterday Wernicke", not "Mark") and no
 * title; the first chunk to introduce a surname has it.
 */
export function introductions(context: DocContext, isWord: (lower: string) => boolean): Introductions {
  return context.memo('name-introduced', (whole) => gatheredFor(isWord).of(whole.chunkParts('name-census', chunkCensus).map((part) => part.pairs)));
}

/**
 * The last introductions gathered with each `isWord` (one a pipeline), with the chunks' pairs they were
 * gathered from, as the census keeps its sums: kept with the function, so they go when its pipeline goes.
 */
const gathered = new WeakMap<(lower: string) => boolean, KeptFromParts<readonly string[], Introductions>>();

function gatheredFor(isWord: (lower: string) => boolean): KeptFromParts<readonly string[], Introductions> {
  let kept = gathered.get(isWord);
  if (!kept) gathered.set(isWord, (kept = new KeptFromParts(sameStrings, (parts) => gather(parts, isWord))));
  return kept;
}

/** The chunks' pairs read in order: a pair whose first word is no English word introduces the second. */
function gather(parts: readonly (readonly string[])[], isWord: (lower: string) => boolean): Introductions {
  const surnames = new Map<string, string>();
  const givenNames = new Set<string>();
  for (const pairs of parts) {
    for (let k = 0; k < pairs.length; k += 2) {
      const given = pairs[k]!;
      const surname = pairs[k + 1]!;
      if (isWord(given.toLowerCase())) continue;
      if (!surnames.has(surname)) surnames.set(surname, `${given} ${surname}`);
      givenNames.add(given);
    }
  }
  return { surnames, givenNames };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, k) => word === b[k]);
}

/** Whether two texts introduce the same surnames, each by the same full mention, and the same given names. */
export function sameIntroductions(a: Introductions, b: Introductions): boolean {
  if (a === b) return true;
  if (a.surnames.size !== b.surnames.size || a.givenNames.size !== b.givenNames.size) return false;
  for (const [surname, full] of a.surnames) if (b.surnames.get(surname) !== full) return false;
  for (const given of a.givenNames) if (!b.givenNames.has(given)) return false;
  return true;
}

/** Surnames introduced after a given name, and those given names: "Cennino Cennini" is two words, not two spellings. */
export interface Introductions {
  /** Each surname with the first full mention that introduced it ("Wernicke" → "Tobias Wernicke"). */
  readonly surnames: ReadonlyMap<string, string>;
  readonly givenNames: ReadonlySet<string>;
}
