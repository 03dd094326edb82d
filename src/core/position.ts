import type { Change, ChangeStep, Point, Range } from './types.js';
import { partitionPoint } from './search.js';

/** Turns offsets of one text into 1-based line and column (column in code points, as editors count). */
export class LineIndex {
  /**
   * The last point found: reports ask in order, so the next column on the same line is counted on from
   * it, not from the line's start (thousands of changes on one long line were quadratic).
   */
  private last = { line: -1, offset: 0, column: 1 };

  private readonly lineStarts: readonly number[];

  constructor(private readonly text: string) {
    this.lineStarts = lineStarts(text);
  }

  pointAt(offset: number): Point {
    const low = Math.max(0, partitionPoint(this.lineStarts.length, (k) => this.lineStarts[k]! <= offset) - 1);
    // A byte-order mark is invisible: editors do not count it as a column.
    const lineStart = low === 0 && this.text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : this.lineStarts[low]!;
    const resume = this.last.line === low && this.last.offset <= offset && this.last.offset >= lineStart;
    let column = resume ? this.last.column : 1;
    for (let i = resume ? this.last.offset : lineStart; i < offset; i++) {
      const code = this.text.charCodeAt(i);
      // The second half of a surrogate pair belongs to the code point already counted.
      if (!(code >= 0xdc00 && code <= 0xdfff && i > lineStart && isHighSurrogate(this.text.charCodeAt(i - 1)))) column++;
    }
    this.last = { line: low, offset, column };
    return { line: low + 1, column };
  }
}

/** Where each line of `text` starts: LF, CRLF and a lone CR end a line, as editors count them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Without a CR, every line ends at an LF, found by the engine's own search (4× a loop over the characters).
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    // A lone CR ends a line too; in CRLF the LF above does it.
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The offset where 1-based `line` starts, past a byte-order mark on the first: editors do not count one. */
export function lineStartOf(text: string, starts: readonly number[], line: number): number {
  return line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : starts[line - 1]!;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A change (or suggestion) of `input` as reports show it: where it is as offsets and as line and column,
 * what it replaces with what, and why — the steps' messages joined, the lowest confidence.
 */
export function describeChange(input: string, lines: LineIndex, range: Range, replacement: string, steps: readonly ChangeStep[]): Change {
  const first = steps[0]!;
  return {
    fixer: first.fixer,
    rule: first.rule,
    message: steps.map((step) => step.message).join('; then '),
    confidence: Math.min(...steps.map((step) => step.confidence)),
    original: input.slice(range[0], range[1]),
    replacement,
    offset: range[0],
    length: range[1] - range[0],
    start: lines.pointAt(range[0]),
    end: lines.pointAt(range[1]),
    steps,
  };
}
