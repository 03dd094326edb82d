import { lazyPattern } from './lazy-pattern.js';

/**
 * Character classes by code, for the scanners that run over every character of every document: a table
 * lookup instead of a Unicode regular expression per character.
 */
const WORD_CHAR = lazyPattern(String.raw`[\p{L}\p{M}\p{N}]`, 'u');

/** 1: a letter, mark or digit; 2: not; 0: not looked up yet. One byte per BMP code point, filled lazily. */
const wordCharTable = new Uint8Array(0x10000);

export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code > 0xffff) return WORD_CHAR().test(String.fromCodePoint(code));
  let known = wordCharTable[code]!;
  if (known === 0) {
    known = WORD_CHAR().test(String.fromCharCode(code)) ? 1 : 2;
    wordCharTable[code] = known;
  }
  return known === 1;
}

/** White space as JavaScript's `\s` knows it, the byte-order mark included. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const UPPER = /\p{Lu}/u;
/** 1: a capital letter; 2: not; 0: not looked up yet. */
const upperTable = new Uint8Array(0x10000);

/** A capital letter (any script): where a name may start. */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (code > 0xffff) return false;
  let known = upperTable[code]!;
  if (known === 0) {
    known = UPPER.test(String.fromCharCode(code)) ? 1 : 2;
    upperTable[code] = known;
  }
  return known === 1;
}

/** Whether the white space in `text[start, end)` holds a blank line: two line feeds in a gap make one. */
export function hasBlankLine(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.indexOf('\n', start);
  if (first === -1 || first >= end) return false;
  const second = text.indexOf('\n', first + 1);
  return second !== -1 && second < end;
}

/**
 * Where the next blank line from `from` on ends, after its second line feed, as `/\n[^\S\n]*\n/g` would
 * find it, or -1: line feed by line feed through `indexOf`, which a regular expression tried at every line
 * feed of a 20 MB text was several times slower than.
 */
export function nextBlankLineEnd(text: string, from: number): number {
  for (let feed = text.indexOf('\n', from); feed !== -1; feed = text.indexOf('\n', feed + 1)) {
    const end = blankLineEndAt(text, feed);
    if (end !== -1) return end;
  }
  return -1;
}

/** Whether a line has a run of spaces or a tab: a column, which the alignment check compares with its neighbours. */
export function hasColumnGap(line: string): boolean {
  return line.includes('  ') || line.includes('\t');
}

/** Where the blank line starting at the line feed `feed` ends, or -1 if the line after it is not blank. */
export function blankLineEndAt(text: string, feed: number): number {
  let i = feed + 1;
  while (i < text.length && text.charCodeAt(i) !== 10 && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 10 ? i + 1 : -1;
}

/**
 * `text` as a string of its own. V8 keeps a substring as a view of the string it was cut from: a short
 * piece of a 20 MB text that is kept (a change's replacement, a chunk) would keep all 20 MB alive. Joining
 * two pieces writes a flat string; `(' ' + text).slice(1)` made a view of a flat copy, and every character
 * read through a view costs more (the tokenizer ran 15–25% slower on one).
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
}
