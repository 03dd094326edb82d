import { isHighSurrogate, lineStartOf, lineStarts } from '../core/position.js';
import type { Change, Point } from '../core/types.js';

/**
 * A change's columns in the units other formats count: a `Change` carries code points, as editors show
 * them; SARIF here counts UTF-16 code units (the run says so), reviewdog UTF-8 bytes. Lines are the
 * change's own. One per file: reports ask in order, so a column is counted on from the last one asked.
 */
export class Columns {
  private readonly starts: readonly number[];
  private last = { line: 0, offset: 0, bytes: 0 };

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based column of the change's start or end, in UTF-16 code units. */
  utf16(change: Change, edge: 'start' | 'end'): Point {
    const { line, offset } = this.edge(change, edge);
    return { line, column: Math.max(0, offset - this.lineStart(line)) + 1 };
  }

  /** 1-based column of the change's start or end, in UTF-8 bytes. */
  utf8(change: Change, edge: 'start' | 'end'): Point {
    const { line, offset } = this.edge(change, edge);
    const from = this.lineStart(line);
    const resume = this.last.line === line && this.last.offset <= offset && this.last.offset >= from;
    let bytes = resume ? this.last.bytes : 0;
    for (let i = resume ? this.last.offset : from; i < offset; i++) bytes += utf8Width(this.text, i);
    this.last = { line, offset, bytes };
    return { line, column: bytes + 1 };
  }

  private edge(change: Change, edge: 'start' | 'end'): { line: number; offset: number } {
    return edge === 'start' ? { line: change.start.line, offset: change.offset } : { line: change.end.line, offset: change.offset + change.length };
  }

  private lineStart(line: number): number {
    return lineStartOf(this.text, this.starts, line);
  }
}

/** The UTF-8 bytes of the code unit at `i`: a surrogate pair is 4, counted at its first half. */
function utf8Width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (isHighSurrogate(code) && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return 4;
  if ((code & 0xfc00) === 0xdc00 && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) return 0;
  return 3;
}
