import { lazyPattern } from './lazy-pattern.js';
import { isAbbreviationOrInitial } from './sentences.js';

/** A sentence's end inside a line: its mark, one space, a capital. Nothing else may stand between. */
const SENTENCE_END = /[.!?…] (?=\p{Lu})/gu;
/** How far around a cut no bracket may stand: the spacing rules seek a bracket's closer 200 characters on. */
const BRACKET_REACH = 400;
/**
 * A line ending on a word, as a heading does: a chunk's first line is read as one (the text's start
 * standing for a blank line before it), so no chunk starts on such a line, or inside one.
 */
export const ENDS_ON_WORD = lazyPattern(String.raw`[\p{L}\p{N}][^\S\n]*$`, 'u');
/** How far back a loop's earlier copy is looked for, at a line's end and inside one. */
const LOOP_REACH = 4_096;

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

  constructor(
    private readonly text: string,
    private readonly target: number,
  ) {}

  /** The first safe cut from `from` up to `to`, or -1. `safe` is asked last, of each place left. */
  find(from: number, to: number, safe: (at: number) => boolean): number {
    const text = this.text;
    SENTENCE_END.lastIndex = from;
    for (let match = SENTENCE_END.exec(text); match !== null && match.index < to; match = SENTENCE_END.exec(text)) {
      const at = match.index + 2;
      const line = this.lineAt(at);
      if (line.closed || at - line.start < this.target || line.end - at < this.target) continue;
      if (text.charCodeAt(match.index) === 46 && !this.plainWordBefore(match.index)) continue;
      if (/[()[\]]/.test(text.slice(at - BRACKET_REACH, at + BRACKET_REACH)) || this.quoteOpenOnLine(line, at)) continue;
      if (!echoesBefore(text, at) && safe(at)) return at;
    }
    return -1;
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
    const heading = end < text.length && ENDS_ON_WORD().test(line);
    const closed = heading || / {2}|\t/.test(line) || / {2}|\t/.test(previous) || / {2}|\t/.test(next);
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

  /** Two or more lower-case letters or digits before a full stop, after no other full stop, and no title. */
  private plainWordBefore(mark: number): boolean {
    const text = this.text;
    let start = mark;
    while (start > 0 && /[\p{Ll}\d]/u.test(text[start - 1]!)) start--;
    if (mark - start < 2 || text.charCodeAt(start - 1) === 46) return false;
    let word = start;
    while (word > 0 && /\p{L}/u.test(text[word - 1]!)) word--;
    return !isAbbreviationOrInitial(text, word, mark);
  }
}

/**
 * Whether the words at `at`, up to the first sentence's mark (three words at most), occur in the 4,096
 * characters before it, in any case: a loop may run across `at` (a loop of sentences is shorter than that),
 * and is never cut, not even before its last copy, which the next sentence follows ("Thank you. Row 0").
 */
export function echoesBefore(text: string, at: number): boolean {
  let end = at;
  for (let spaces = 0; end < text.length && end < at + 40; end++) {
    const code = text.charCodeAt(end);
    if (code === 10 || (code === 32 && ++spaces === 3)) break;
    if (code === 46 || code === 33 || code === 63 || code === 0x2026) {
      end++;
      break;
    }
  }
  const opening = text.slice(at, end).trim().toLowerCase();
  // Found before `at`, or starting before it and running on into it.
  return opening.length > 0 && text.slice(Math.max(0, at - LOOP_REACH), at + opening.length - 1).toLowerCase().includes(opening);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
