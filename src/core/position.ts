import type { Change, ChangeStep, Point, Range } from './types.js';
import { partitionPoint } from './search.js';

/** Turns offsets of one text into 1-based line and column (column in code points, as editors count). */
export class LineIndex {
  /**
   * For each line asked about, where its surrogate pairs end (the index of each pair's second half), or
   * null if it has none: a column is the offset's distance from the line's start less the pairs before it,
   * found by bisection, so points cost the same in any order (counting on from the last point asked made
   * one asked out of order count a 200 KB line again).
   */
  private readonly pairsByLine = new Map<number, Int32Array | null>();

  private readonly lineStarts: readonly number[];

  constructor(private readonly text: string) {
    this.lineStarts = lineStarts(text);
  }

  pointAt(offset: number): Point {
    const line = Math.max(0, partitionPoint(this.lineStarts.length, (k) => this.lineStarts[k]! <= offset) - 1);
    // A byte-order mark is invisible: editors do not count it as a column.
    const lineStart = line === 0 && this.text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : this.lineStarts[line]!;
    const pairs = this.pairsOn(line);
    // The second half of a surrogate pair belongs to the code point already counted. Every pair of the line
    // ends past `lineStart` (past the line's first unit, and a byte-order mark is no half of one).
    const halves = pairs === null ? 0 : partitionPoint(pairs.length, (k) => pairs[k]! < offset);
    return { line: line + 1, column: 1 + offset - lineStart - halves };
  }

  private pairsOn(line: number): Int32Array | null {
    let pairs = this.pairsByLine.get(line);
    if (pairs !== undefined) return pairs;
    const start = this.lineStarts[line]!;
    const end = this.lineStarts[line + 1] ?? this.text.length;
    const found: number[] = [];
    for (let i = start + 1; i < end; i++) {
      const code = this.text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(this.text.charCodeAt(i - 1))) found.push(i);
    }
    pairs = found.length === 0 ? null : Int32Array.from(found);
    this.pairsByLine.set(line, pairs);
    return pairs;
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
