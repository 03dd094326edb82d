import { hasColumnGap, isSpace, isWordChar } from './chars.js';
import { loopsAcross } from './loop-cuts.js';
import { isAbbreviationOrInitial } from './sentences.js';

/** A sentence's end inside a line: its mark, one space, a capital. Nothing else may stand between. */
const SENTENCE_END = /[.!?…] (?=\p{Lu})/gu;
/** How far around a cut no bracket may stand: the spacing rules seek a bracket's closer 200 characters on. */
const BRACKET_REACH = 400;

/** What is known of one line of the text: where it is, and whether a cut inside it is ruled out whatever the place. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
}

/**
 * Cuts inside long lines, at sentence ends (a transcript or an article kept on one line): only in a line
 * at least two chunks long, a chunk's length from either end of it, so what reads a line whole (a caption
 * repeating the line before, a heading) meets no partial line short enough to matter; never where a “ is
 * open (the spacing rules pair “ and ” across a line), in a line with a run of spaces or a tab (columns,
 * which the lines beside it are compared with), nor beside such a line, nor in one ending on a word before
 * another line (its rest would start a chunk as a heading); no bracket in reach; a full stop only
 * after a plain word, as a sentence's end is found (`findSentences`). Lines are looked at once each, so
 * the search stays linear in the text's length.
 */
export class SentenceCuts {
  private line: Line = { start: 0, end: -1, closed: true };
  /** How far the quotes of the current line have been read, and whether one is open there. */
  private quotes = { at: 0, open: false };
  /** The first sentence end found at or after `from` (-1: none). */
  private end = { from: Number.MAX_SAFE_INTEGER, index: -1 };

  constructor(
    private readonly text: string,
    private readonly target: number,
  ) {}

  /** The first safe cut from `from` up to `to`, or -1. `safe` is asked last, of each place left. */
  find(from: number, to: number, safe: (at: number) => boolean): number {
    const text = this.text;
    for (let index = this.nextEnd(from); index !== -1 && index < to; index = this.nextEnd(index + 1)) {
      const at = index + 2;
      const line = this.lineAt(at);
      if (line.closed || at - line.start < this.target || line.end - at < this.target) continue;
      if (text.charCodeAt(index) === 46 && !plainWordBefore(text, index)) continue;
      if (/[()[\]]/.test(text.slice(Math.max(0, at - BRACKET_REACH), at + BRACKET_REACH)) || this.quoteOpenOnLine(line, at)) continue;
      if (!loopsAcross(text, at) && safe(at)) return at;
    }
    return -1;
  }

  /**
   * The first sentence end at or after `from`, -1 for none: the one found is kept while ahead, so a stretch
   * without one (lines that end their sentences) is scanned once, not once for every chunk before it.
   */
  private nextEnd(from: number): number {
    const known = this.end;
    if (from < known.from || (known.index !== -1 && known.index < from)) {
      SENTENCE_END.lastIndex = from;
      this.end = { from, index: SENTENCE_END.exec(this.text)?.index ?? -1 };
    }
    return this.end.index;
  }

  private lineAt(at: number): Line {
    if (at >= this.line.start && at <= this.line.end) return this.line;
    const text = this.text;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = lineEnd(text, at);
    // Only a line long enough to be cut is read, and the lines beside it: short ones are passed on their length.
    if (end - start < 2 * this.target) return (this.line = { start, end, closed: true });
    const previous = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1) : '';
    const next = end < text.length ? text.slice(end + 1, lineEnd(text, end + 1)) : '';
    const line = text.slice(start, end);
    // Ending on a word, it is a heading's shape only before another line, which may repeat that word.
    const heading = end < text.length && endsOnWord(text, start, end);
    const closed = heading || hasColumnGap(line) || hasColumnGap(previous) || hasColumnGap(next);
    return (this.line = { start, end, closed });
  }

  /**
   * Whether the last curly double quote before `at` on its line opens one (“ or „): the spacing rules look
   * for the ” that closes a “ to the end of its line. Read forward once, as the places asked come in order.
   */
  private quoteOpenOnLine(line: Line, at: number): boolean {
    if (this.quotes.at > at || this.quotes.at < line.start) this.quotes = { at: line.start, open: false };
    const text = this.text;
    let { open } = this.quotes;
    for (let i = this.quotes.at; i < at; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x201c || code === 0x201e) open = true;
      else if (code === 0x201d) open = false;
    }
    this.quotes = { at, open };
    return open;
  }
}

/**
 * Whether a full stop at `mark` may end a sentence: two or more lower-case letters or digits before it,
 * after no other full stop, and the word no title ("Mrs.", "vs.", "Gen.") or initial, as `findSentences`
 * reads it. A cut after one would start a chunk inside a sentence.
 */
export function plainWordBefore(text: string, mark: number): boolean {
  let start = mark;
  while (start > 0 && /[\p{Ll}\d]/u.test(text[start - 1]!)) start--;
  if (mark - start < 2 || text.charCodeAt(start - 1) === 46) return false;
  let word = start;
  while (word > 0 && /\p{L}/u.test(text[word - 1]!)) word--;
  return !isAbbreviationOrInitial(text, word, mark);
}

/**
 * Whether `[start, end)` ends on a letter or digit, but for white space: a heading's shape. A chunk's
 * first line is read as one (the text's start standing for a blank line before it), so no chunk starts
 * on such a line, or inside one.
 */
export function endsOnWord(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && text.charCodeAt(last) !== 10 && isSpace(text.charCodeAt(last))) last--;
  if (last < start) return false;
  const code = text.charCodeAt(last);
  return isWordChar(code >= 0xdc00 && code <= 0xdfff && last > start ? text.codePointAt(last - 1)! : code);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
