import { hasColumnGap, nextBlankLineEnd, ownCopy } from './chars.js';
import { QuoteSpans } from './quotes.js';
import { LineRuns, loopsAcross } from './loop-cuts.js';
import { endsOnWord, plainWordBefore, SentenceCuts } from './sentence-cuts.js';
import type { Range } from './types.js';

/**
 * Chunks are paragraphs grouped up to about this many characters: small, so a fix checks again only its
 * few paragraphs (on Brown 4 KB cleaned ~25% faster than 32 KB, and 1 KB slower again: per-chunk costs).
 */
export const CHUNK_TARGET = 4_096;
/** A sentence's end at a line's end, before a line that starts a sentence: a capital, maybe after a quote. */
const LINE_END = /[.!?…]["'”’»)\]]*[^\S\n]*\n(?=[^\S\n]*["“‘'(\[]?\p{Lu})/gu;

/** A chunk of a text: where it is, and its text as a string of its own. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The chunks of the texts one cleaning passes through, split once per text. A chunk's string is a copy
 * that holds no reference to the whole text, chunks alike are one string, and a chunk the last text also
 * had keeps that string: what the checks keep of a chunk (tokens, verdicts, counts) would otherwise keep
 * every 20 MB text it was sliced from alive, one per edit.
 */
export class Chunker {
  private last: { readonly text: string; readonly chunks: readonly Chunk[] } = { text: '', chunks: [] };

  constructor(private readonly target = CHUNK_TARGET) {}

  chunksOf(text: string): readonly Chunk[] {
    if (this.last.text === text) return this.last.chunks;
    const earlier = this.last.chunks;
    // The last text's chunks come in the same order: each is compared with the next few of them first,
    // which hashes nothing (hashing every 4 KB slice to find it in a map was 5% of a run on Brown); only
    // a chunk not among those is looked for among all of them, and among the chunks already made.
    let next = 0;
    let known: Map<string, number> | null = null;
    const made = new Map<string, string>();
    const chunks = splitChunks(text, this.target).map(([start, end]) => {
      const slice = text.slice(start, end);
      for (let k = next; k < Math.min(next + NEARBY_CHUNKS, earlier.length); k++) {
        if (earlier[k]!.text.length === slice.length && earlier[k]!.text === slice) {
          next = k + 1;
          return { start, end, text: earlier[k]!.text };
        }
      }
      // Looked up by its own copy, whose hash is then kept for the checks' tables; chunks alike are one
      // string, so those tables find each by identity, not by comparing 4 KB (the engine's loop over the
      // chunks was 11% of a run in a profile of 20 MB whose paragraphs repeat, 3% after).
      const copy = ownCopy(slice);
      if (earlier.length > 0) {
        known ??= new Map(earlier.map((chunk, k) => [chunk.text, k]));
        const found = known.get(copy);
        if (found !== undefined) {
          next = found + 1;
          return { start, end, text: earlier[found]!.text };
        }
      }
      const same = made.get(copy);
      if (same !== undefined) return { start, end, text: same };
      made.set(copy, copy);
      return { start, end, text: copy };
    });
    this.last = { text, chunks };
    return chunks;
  }
}

/** How many of the last text's chunks, from the one after the last found, a chunk is compared with. */
const NEARBY_CHUNKS = 3;

/**
 * Split a text into chunks of about `target` characters, each cleaned on its own: a chunk nothing changes
 * in is tokenized and checked once, and an edit re-tokenizes only its chunk, not a 20 MB document. Chunks
 * end at a blank line, which no fixer looks across. A text with none near the target (one paragraph a
 * line) ends a chunk at a line's end instead, where nothing a fixer reads runs across it (`safeLineEnd`).
 * A text with no safe place stays whole: that costs time, never a different result.
 */
export function splitChunks(text: string, target = CHUNK_TARGET): Range[] {
  if (text.length <= target) return [[0, text.length]];
  const chunks: Range[] = [];
  const quotes = new QuoteSpans(text);
  const ends = new ChunkEnds(text, quotes);
  const inLine = new SentenceCuts(text, target);
  let start = 0;
  // The next blank line's end, searched again only once passed: a text without one is scanned once.
  let blankEnd = -2;
  while (text.length - start > target) {
    if (blankEnd !== -1 && blankEnd < start + target) blankEnd = nextBlankLineEnd(text, start + target);
    const end = chunkEnd(text, start + target, start + 2 * target, blankEnd, ends, inLine, quotes);
    if (end === -1) break;
    chunks.push([start, end]);
    start = end;
  }
  if (start < text.length) chunks.push([start, text.length]);
  return chunks;
}

/**
 * Where a chunk that may end from `from` on ends: the next blank line (`blankEnd`) if before `within`, else
 * the first safe line end if before `within`, else the first safe cut inside a long line, else the first
 * safe line end, else the blank line. Each search stops at what it finds, and each test looks a bounded way
 * back: splitting stays linear in the text's length.
 */
function chunkEnd(text: string, from: number, within: number, blankEnd: number, ends: ChunkEnds, inLine: SentenceCuts, quotes: QuoteSpans): number {
  if (blankEnd !== -1 && blankEnd <= within) return blankEnd;
  const lineEnd = ends.safeLineEnd(from, blankEnd === -1 ? text.length - 1 : blankEnd);
  if (lineEnd !== -1 && lineEnd <= within) return lineEnd;
  const bound = lineEnd !== -1 ? lineEnd : blankEnd !== -1 ? blankEnd : text.length;
  const cut = inLine.find(from, bound, (at) => !quoteOpenAt(text, at) && !quotes.insideAt(at));
  if (cut !== -1) return cut;
  return lineEnd !== -1 ? lineEnd : blankEnd;
}

/** The first safe line end from a place on, remembered: the next chunk's search, from further on, often finds the same. */
class ChunkEnds {
  private known = { from: -1, limit: -1, index: -1, end: -1 };

  private readonly runs: LineRuns;

  constructor(
    private readonly text: string,
    private readonly quotes: QuoteSpans,
  ) {
    this.runs = new LineRuns(text);
  }

  safeLineEnd(from: number, limit: number): number {
    const known = this.known;
    if (known.limit === limit && from >= known.from && (known.end === -1 || from <= known.index)) return known.end;
    LINE_END.lastIndex = from;
    for (let match = LINE_END.exec(this.text); match !== null && match.index < limit; match = LINE_END.exec(this.text)) {
      const end = match.index + match[0].length;
      if (safeLineEnd(this.text, match.index, end) && !this.quotes.insideAt(end) && !this.runs.openAt(end)) {
        this.known = { from, limit, index: match.index, end };
        return end;
      }
    }
    this.known = { from, limit, index: -1, end: -1 };
    return -1;
  }
}

/**
 * Whether a chunk may end at `end`, a line's end after a sentence's mark at `mark`: the word before the
 * mark is no abbreviation or initial ("a.m.", "Mr.", "P."), no quote is open across it (the spacing
 * rules look back for the quote a ” closes), neither line beside it has a run
 * of spaces (a column the alignment check compares with its neighbours), the next line does not end on a
 * word (a heading's shape), and what follows does not repeat what came just before (a loop of sentences is
 * never cut in two).
 */
function safeLineEnd(text: string, mark: number, end: number): boolean {
  if (text.charCodeAt(mark) === 46 && !plainWordBefore(text, mark)) return false;
  if (quoteOpenAt(text, end)) return false;
  const before = text.slice(text.lastIndexOf('\n', end - 2) + 1, end);
  const afterEnd = text.indexOf('\n', end);
  const after = text.slice(end, afterEnd === -1 ? text.length : afterEnd);
  if (hasColumnGap(before) || hasColumnGap(after)) return false;
  // A chunk's first line reads as a heading (the text's start is taken for a blank line before it), which
  // a line ending on a word could be: "discussion of device resolution\nresolution limits" is kept there.
  if (endsOnWord(text, end, afterEnd === -1 ? text.length : afterEnd)) return false;
  return !loopsAcross(text, end);
}

/**
 * How far back a quote opened before a cut is looked for: the spacing rules look 400 characters back for
 * the “ that a ” closes (`quoteOpened`), within a paragraph; brackets and their closing quotes they seek
 * only on the same line, which a cut at a line's end never splits.
 */
const QUOTE_REACH = 800;

/** Whether a “ is open at `at`: the last curly quote mark in reach before it, within its paragraph, opens. */
function quoteOpenAt(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - QUOTE_REACH), at);
  const paragraph = window.slice(window.lastIndexOf('\n\n') + 1);
  const open = paragraph.lastIndexOf('“');
  return open !== -1 && open > paragraph.lastIndexOf('”') && open > paragraph.lastIndexOf('„');
}
