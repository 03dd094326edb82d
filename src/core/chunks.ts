import type { Range } from './types.js';

/** Chunks are paragraphs grouped up to about this many characters. */
export const CHUNK_TARGET = 32_768;
const BLANK_LINE = /\n[^\S\n]*\r?\n/g;

/**
 * Split a text into chunks at blank lines, each chunk whole paragraphs of about `target` characters. No
 * fixer looks across a blank line, so each chunk can be cleaned on its own: a chunk nothing changes in is
 * tokenized and checked once, and an edit re-tokenizes only its chunk, not a 20 MB document.
 */
export function splitChunks(text: string, target = CHUNK_TARGET): Range[] {
  if (text.length <= target) return [[0, text.length]];
  const chunks: Range[] = [];
  let start = 0;
  BLANK_LINE.lastIndex = target;
  for (let match = BLANK_LINE.exec(text); match !== null; match = BLANK_LINE.exec(text)) {
    const end = match.index + match[0].length;
    chunks.push([start, end]);
    start = end;
    BLANK_LINE.lastIndex = Math.max(end, start + target);
  }
  if (start < text.length || chunks.length === 0) chunks.push([start, text.length]);
  return chunks;
}
