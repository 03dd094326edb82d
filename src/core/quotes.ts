import { blankLineEndAt, hasBlankLine } from './chars.js';
import { TokenKind, type Doc, type Range } from './types.js';
import { partitionPoint } from './search.js';

/** Opening quote marks and the mark that closes each, by character code: “…”, „…“, «…», »…«, "…". */
const CLOSER_OF = new Map<number, number>([
  [0x201c, 0x201d],
  [0x201e, 0x201c],
  [0xab, 0xbb],
  [0xbb, 0xab],
  [34, 34],
]);

/**
 * Offsets covered by direct quotations: “…”, „…“, «…», and straight "…" paired in order. A quotation
 * never runs past a blank line, so one unbalanced mark cannot swallow the rest of an article. Single
 * quotes are left out: ’ is far more often an apostrophe.
 */
export function quotedRanges(doc: Doc): Range[] {
  const ranges: Range[] = [];
  const text = doc.text;
  let openStart = -1;
  let closer = 0;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (openStart !== -1 && i > 0 && hasBlankLine(text, doc.end(i - 1), doc.start(i))) openStart = -1;
    if (doc.kinds[i] !== TokenKind.Punct || doc.end(i) - doc.start(i) !== 1) continue;
    const mark = text.charCodeAt(doc.start(i));
    if (openStart !== -1 && mark === closer) {
      ranges.push([openStart, doc.end(i)]);
      openStart = -1;
    } else if (openStart === -1 && CLOSER_OF.has(mark)) {
      openStart = doc.start(i);
      closer = CLOSER_OF.get(mark)!;
    }
  }
  return ranges;
}

/** Whether `[start, end)` lies inside one of the sorted, disjoint `ranges`. */
export function isInside(ranges: readonly Range[], start: number, end: number): boolean {
  const range = ranges[partitionPoint(ranges.length, (k) => ranges[k]![1] <= start)];
  return range !== undefined && range[0] <= start && end <= range[1];
}

/**
 * Whether a place in a text lies inside a quotation as `quotedRanges` pairs them (its marks paired in
 * order within a paragraph), or after a mark left open in its paragraph, which would take the next like
 * mark as its closer: either way a chunk cut there would pair the marks after it otherwise. Read from the
 * text's characters (a mark inside a URL counts too, which can only rule out more places), forward and
 * once, from a blank line before the first place asked; a place behind the reading is answered from the
 * quotations it found.
 */
export class QuoteSpans {
  private readonly closed: Range[] = [];
  private read = -1;
  /** Where the reading started (a blank line): nothing before it is known. */
  private from = 0;
  /** The next "\n\n" at or after the reading, -1 when there is none, or stale once passed. */
  private nextBlank = -2;
  /** How far from the open mark the text is known to hold no blank line. */
  private clearTo = 0;
  /** The first line feed at or after `clearTo` (-1: none), or stale once behind it. */
  private feed = -2;
  private open = -1;
  private closer = 0;
  /** The first quotation mark at or after the reading (-1: none), or stale once behind it. */
  private mark = -2;

  constructor(private readonly text: string) {}

  insideAt(at: number): boolean {
    if (this.read === -1) this.read = this.from = Math.max(0, this.text.lastIndexOf('\n\n', at));
    if (at > this.read) {
      this.skipParagraphsBefore(at);
      this.readTo(at);
    }
    // Before a skip nothing is known: taken as quoted, which costs a cut at most (places come in order).
    if (at < this.from) return true;
    if (this.open !== -1 && this.open < at) return true;
    const spans = this.closed;
    const span = spans[partitionPoint(spans.length, (k) => spans[k]![1] <= at)];
    return span !== undefined && span[0] < at;
  }

  /** Paragraphs wholly between the reading and `at` are not read: no quotation runs past a blank line. */
  private skipParagraphsBefore(at: number): void {
    // The next "\n\n" found is kept while still ahead, so a text without one is searched once.
    if (this.nextBlank !== -1 && this.nextBlank < this.read) this.nextBlank = this.text.indexOf('\n\n', this.read);
    if (this.nextBlank === -1 || this.nextBlank >= at) return;
    let blank = this.nextBlank;
    while ((this.nextBlank = this.text.indexOf('\n\n', blank + 1)) !== -1 && this.nextBlank < at) blank = this.nextBlank;
    this.closed.length = 0;
    this.open = -1;
    this.from = this.read = blank;
  }

  private readTo(at: number): void {
    const text = this.text;
    // One class of marks, no alternative in the pattern: V8 scans for it faster than `indexOf` finds a
    // curly quote in a two-byte string (26 against 37 ms a mark over 20 MB).
    // The next mark found is kept while ahead of the place asked: a long stretch without one is scanned once.
    for (let index = this.nextMark(this.read); index < at; index = this.nextMark(index + 1)) {
      this.endAtBlankLine(index);
      const mark = text.charCodeAt(index);
      if (this.open !== -1 && mark === this.closer) {
        this.closed.push([this.open, index + 1]);
        this.open = -1;
      } else if (this.open === -1 && CLOSER_OF.has(mark)) {
        this.open = this.clearTo = index;
        this.closer = CLOSER_OF.get(mark)!;
      }
    }
    this.endAtBlankLine(at);
    this.read = at;
  }

  private nextMark(from: number): number {
    if (this.mark !== -1 && this.mark < from) {
      MARK.lastIndex = from;
      this.mark = MARK.exec(this.text)?.index ?? -1;
    }
    return this.mark === -1 ? this.text.length : this.mark;
  }

  /**
   * A quotation open since before a blank line ended there: blank lines are sought only while one is open,
   * each line feed once, the next one kept while it lies ahead.
   */
  private endAtBlankLine(before: number): void {
    if (this.open === -1) return;
    for (;;) {
      if (this.feed !== -1 && this.feed < this.clearTo) this.feed = this.text.indexOf('\n', this.clearTo);
      if (this.feed === -1 || this.feed >= before) {
        this.clearTo = Math.max(this.clearTo, before);
        return;
      }
      const blank = blankLineEndAt(this.text, this.feed);
      if (blank !== -1) {
        this.closed.push([this.open, blank]);
        this.open = -1;
        return;
      }
      this.clearTo = this.feed + 1;
    }
  }
}

const MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
