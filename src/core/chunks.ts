import { ownCopy } from './chars.js';
import type { Range } from './types.js';

/**
 * Chunks are paragraphs grouped up to about this many characters: small, so a fix checks again only its
 * few paragraphs (on Brown 4 KB cleaned ~25% faster than 32 KB, and 1 KB slower again: per-chunk costs).
 */
export const CHUNK_TARGET = 4_096;
const BLANK_LINE = /\n[^\S\n]*\r?\n/g;
/** A sentence's end and the white space after it: up to a line break, or spaces before what may start a sentence. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?:[^\S\n]*\n|[^\S\n]+(?=[\p{Lu}"“‘'(\[]))/gu;
/** How far back a chunk's first words are looked for: a loop of sentences is shorter than this. */
const LOOP_REACH = 1_000;

/** A chunk of a text: where it is, and its text as a string of its own. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The chunks of the texts one cleaning passes through, split once per text. A chunk's string is a copy
 * that holds no reference to the whole text, and a chunk the last text also had keeps that string: what
 * the checks keep of a chunk (tokens, verdicts, counts) would otherwise keep every 20 MB text it was
 * sliced from alive, one per edit.
 */
export class Chunker {
  private last: { readonly text: string; readonly chunks: readonly Chunk[] } = { text: '', chunks: [] };

  constructor(private readonly target = CHUNK_TARGET) {}

  chunksOf(text: string): readonly Chunk[] {
    if (this.last.text === text) return this.last.chunks;
    const known = new Map(this.last.chunks.map((chunk) => [chunk.text, chunk.text]));
    const chunks = splitChunks(text, this.target).map(([start, end]) => {
      const slice = text.slice(start, end);
      return { start, end, text: known.get(slice) ?? ownCopy(slice) };
    });
    this.last = { text, chunks };
    return chunks;
  }
}

/**
 * Split a text into chunks of about `target` characters, each cleaned on its own: a chunk nothing changes
 * in is tokenized and checked once, and an edit re-tokenizes only its chunk, not a 20 MB document. Chunks
 * end at a blank line, which no fixer looks across. A text with none near the target (one paragraph a line,
 * a transcript on one line) ends a chunk at a sentence's end instead — a line's end before a line break
 * inside a line — but only where what follows does not repeat what came just before: a loop of sentences
 * is never cut in two, so the repeats see all of it.
 */
export function splitChunks(text: string, target = CHUNK_TARGET): Range[] {
  if (text.length <= target) return [[0, text.length]];
  const chunks: Range[] = [];
  let start = 0;
  // The next blank line's end, searched again only once passed: a text without one is scanned once.
  let blankEnd = -2;
  while (text.length - start > target) {
    if (blankEnd !== -1 && blankEnd < start + target) blankEnd = nextBlankLineEnd(text, start + target);
    const end = chunkEnd(text, start + target, start + 2 * target, blankEnd);
    if (end === -1) break;
    chunks.push([start, end]);
    start = end;
  }
  if (start < text.length) chunks.push([start, text.length]);
  return chunks;
}

/**
 * Where a chunk that may end from `from` on ends: the next blank line (`blankEnd`) if before `within`; else the first safe
 * sentence end before `within` that is a line's end, or else one inside a line; else the first safe one
 * after. Every search stops at what it finds or at `within`, so splitting a text stays linear in its length.
 */
function chunkEnd(text: string, from: number, within: number, blankEnd: number): number {
  if (blankEnd !== -1 && blankEnd <= within) return blankEnd;
  const limit = blankEnd === -1 ? text.length : Math.min(blankEnd, text.length - 1);
  const inLine: number[] = [];
  SENTENCE_END.lastIndex = from;
  for (let match = SENTENCE_END.exec(text); match !== null && match.index < limit; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end > within) break;
    // A line's end is checked at once; a sentence's end inside a line only if no line's end will do.
    if (!match[0].endsWith('\n')) inLine.push(end);
    else if (!repeatsBefore(text, end)) return end;
  }
  const near = inLine.find((end) => !repeatsBefore(text, end));
  if (near !== undefined) return near;
  SENTENCE_END.lastIndex = within;
  for (let match = SENTENCE_END.exec(text); match !== null && match.index < limit; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end <= limit && !repeatsBefore(text, end)) return end;
  }
  return blankEnd;
}

function nextBlankLineEnd(text: string, from: number): number {
  BLANK_LINE.lastIndex = from;
  const blank = BLANK_LINE.exec(text);
  return blank ? blank.index + blank[0].length : -1;
}

/** Whether the first words at `at` occur in the text just before it: a loop may run across `at`. */
function repeatsBefore(text: string, at: number): boolean {
  let end = at;
  for (let spaces = 0; end < text.length && end < at + 40; end++) {
    const code = text.charCodeAt(end);
    if (code === 10 || (code === 32 && ++spaces === 3)) break;
  }
  const opening = text.slice(at, end).trim();
  // Found before `at` within reach, or at `at` itself (where it stands) at the latest.
  return opening.length > 0 && text.indexOf(opening, Math.max(0, at - LOOP_REACH)) < at;
}
