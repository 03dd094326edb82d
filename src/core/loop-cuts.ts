import { blankLineEndAt, isSpace, isWordChar } from './chars.js';
import { ECHO_LEAD, isTerminalMark, MIN_ECHO, UNIT_CLOSING, UNIT_OPENING } from './loop-units.js';
import { isAbbreviationOrInitial } from './sentences.js';
import { tokenize } from './tokenize.js';
import { TokenKind } from './types.js';

/** A unit longer than this is not read to its end: a cut before it is taken as unsafe. */
const LONGEST_UNIT = 20_000;

/**
 * Whether a loop of sentences or an echo would run across a cut at `at`: the sentence (or line) after it,
 * compared as the sentence loops compare units (in any case, without the white space between words or
 * the quote marks and brackets around it), is how the text before the cut ends; or is, after a lead word
 * or two, with four words or more ("… with his family. And with his family."). The loops compare only a
 * unit with the one next to it, so this reads no further back than the unit is long.
 */
export function loopsAcross(text: string, at: number): boolean {
  const ends = unitEnds(text, at);
  if (ends === null) return true;
  // A copy and an echo alike end as the text before the cut does: most places fail on their last letters.
  const before = tailKey(text, 0, at);
  for (const end of ends) {
    const key = tailKey(text, at, end);
    if (key.length === TAIL && key !== before) continue;
    const unit = text.slice(at, end);
    const copy = normalized(unit);
    if (copy === '') continue;
    if (endsBefore(text, at, copy)) return true;
    // The lead is counted as the loops count it: after the quote mark or bracket the unit opens with.
    const inner = unit.slice(coreStart(unit));
    const doc = tokenize(inner);
    for (let lead = 1; lead <= ECHO_LEAD && lead < doc.tokenCount; lead++) {
      let words = 0;
      for (let i = lead; i < doc.tokenCount; i++) if (doc.kinds[i] === TokenKind.Word || doc.kinds[i] === TokenKind.Number) words++;
      if (words >= MIN_ECHO && endsBefore(text, at, normalized(inner.slice(doc.start(lead))))) return true;
    }
  }
  return false;
}

/**
 * Whether the loops' run of lines is open at a line's start: they read the lines of a run of sentences
 * that a line break runs through, from the first such sentence on, for as long as each next sentence
 * starts a line (`lineGroups` in `repeats/segments.ts`). Read forward line by line, once, as the places
 * asked come in order: a line that ends inside a sentence opens a run; a sentence starting inside a
 * line, or a blank line, ends one. A place behind the reading is read again from the text's start.
 */
export class LineRuns {
  private at = 0;
  private open = false;

  constructor(private readonly text: string) {}

  openAt(at: number): boolean {
    if (at < this.at) {
      this.at = 0;
      this.open = false;
    }
    const text = this.text;
    while (this.at < at) {
      const feed = text.indexOf('\n', this.at);
      if (feed === -1 || feed >= at) break;
      let first = this.at;
      while (first < feed && isSpace(text.charCodeAt(first))) first++;
      if (first === feed) this.open = false;
      else this.open = !endsSentenceBefore(text, this.at, feed, feed + 1) || (this.open && !INNER_SENTENCE_END.test(text.slice(this.at, feed)));
      this.at = feed + 1;
    }
    return this.open;
  }
}

/** A sentence's end inside a line: a mark, white space, and what starts a sentence (as `findSentences`). */
const INNER_SENTENCE_END = /[.!?…。！？][”"’'»)\]]*\s+["“‘'(\[«¿¡]?[\p{Lu}\p{N}]/u;

/** Whether the sentence ends where the line `[start, end)` does, the next line starting at `next`. */
function endsSentenceBefore(text: string, start: number, end: number, next: number): boolean {
  let last = end - 1;
  while (last >= start && (isSpace(text.charCodeAt(last)) || UNIT_CLOSING.has(text.charCodeAt(last)))) last--;
  if (last < start || !isTerminalMark(text.charCodeAt(last))) return false;
  if (text.charCodeAt(last) === 46 && isAbbreviationOrInitial(text, wordStart(text, last), last)) return false;
  let first = next;
  while (first < text.length && isSpace(text.charCodeAt(first)) && text.charCodeAt(first) !== 10) first++;
  return opensSentence(text, first);
}

/** Whether a sentence may start at `at` (or the text ends there): a capital, a digit or an opening mark. */
function opensSentence(text: string, at: number): boolean {
  return at >= text.length || /[\p{Lu}\p{N}]/u.test(text[at]!) || UNIT_OPENING.has(text.charCodeAt(at));
}

/**
 * Every place the unit starting at `at` may end, as the loops cut units (sentences, the pieces after a
 * full stop before lower case, lines): after each sentence mark before white space (not a title's or an
 * initial's full stop), with any closing marks, and before each line break, up to the first place a
 * sentence surely ends (a mark, white space, then a capital, a digit or an opening mark) or a blank line.
 * Each is compared, so no reading of where the loops cut is missed. Null past the longest unit.
 */
function unitEnds(text: string, at: number): number[] | null {
  const ends: number[] = [];
  const stop = Math.min(text.length, at + LONGEST_UNIT);
  for (let i = at; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      ends.push(i);
      if (blankLineEndAt(text, i) !== -1) return ends;
      continue;
    }
    if (!isTerminalMark(code)) continue;
    let end = i + 1;
    while (end < text.length && UNIT_CLOSING.has(text.charCodeAt(end))) end++;
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue;
    if (code === 46 && isAbbreviationOrInitial(text, wordStart(text, i), i)) continue;
    ends.push(end);
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (opensSentence(text, next)) return ends;
  }
  if (stop < text.length) return null;
  ends.push(text.length);
  return ends;
}

/** Where the word ending at `end` starts, looked for at most five letters back: titles are shorter. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 5 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The last letters of `text[start, end)` as `normalized` would end, in reverse: a cheap first comparison. */
function tailKey(text: string, start: number, end: number): string {
  let i = end - 1;
  while (i >= start && (isSpace(text.charCodeAt(i)) || UNIT_CLOSING.has(text.charCodeAt(i)))) i--;
  // Lower-cased as a string, as `normalized` does, so a letter's case reads its neighbours (Σ at a
  // word's end is ς) and a pair of surrogates stays one letter; short of letters, no key.
  const key = text.slice(Math.max(start, i - 31), i + 1).toLowerCase().replace(/\s+/g, '');
  return key.length >= TAIL ? key.slice(-TAIL) : '';
}

const TAIL = 4;


/** Where a unit's text starts once white space and the quote marks and brackets opening it are passed. */
function coreStart(unit: string): number {
  let start = 0;
  while (start < unit.length && (isSpace(unit.charCodeAt(start)) || UNIT_OPENING.has(unit.charCodeAt(start)))) start++;
  return start;
}

/** A unit as the loops compare it: lower case, no white space, no quote mark or bracket at either end. */
function normalized(unit: string): string {
  let start = 0;
  let end = unit.length;
  for (;;) {
    while (start < end && isSpace(unit.charCodeAt(start))) start++;
    while (end > start && isSpace(unit.charCodeAt(end - 1))) end--;
    if (start < end && UNIT_OPENING.has(unit.charCodeAt(start))) start++;
    else if (end > start && UNIT_CLOSING.has(unit.charCodeAt(end - 1))) end--;
    else break;
  }
  return unit.slice(start, end).toLowerCase().replace(/\s+/g, '');
}

/** Whether the text before `at`, normalized as a unit is, ends with `copy`. */
function endsBefore(text: string, at: number, copy: string): boolean {
  // Read back far enough that what is left once white space and marks are gone is as long as the copy.
  for (let reach = copy.length + 16; ; reach *= 2) {
    const from = Math.max(0, at - reach);
    const before = normalized(text.slice(from, at));
    if (before.length >= copy.length || from === 0) return before.endsWith(copy);
  }
}
