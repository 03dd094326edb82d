import { changedCore } from '../core/protection.js';
import type { ChangeStep, Range } from '../core/types.js';
import { CUE_MARKUP } from './cue-view.js';
import type { OriginalEdit } from './view.js';

/**
 * A cue's text after its edits, put right line by line: a line the edits left with nothing to show goes
 * with its line break (a blank line ends a cue, and players drop the text after it); one left with its
 * markup only hands the markup to the line after it (`<i>` then `and bought milk</i>`), or before it (a
 * closing `</i>`); and markup the edits emptied (`<b></b>`, `<00:01.000><c></c>`) goes.
 */
export interface CueAfter {
  readonly text: string;
  /** Whether the text needs putting right: a touched line with nothing to show, or emptied markup. */
  readonly untidy: boolean;
  /** Where in `text` the edits wrote, to tell touched lines from lines the edits left alone. */
  readonly touched: readonly Range[];
}

/** Markup with nothing inside, as an edit leaves it: `<b></b>`, a word timing before an empty `<c></c>`. */
const EMPTY_MARKUP = /(?:<\d[^<>\n]*>)?<([a-zA-Z]+)(?:[.\s][^<>\n]*)?><\/\1>/g;

export function cueAfter(text: string, [start, end]: Range, edits: readonly OriginalEdit[]): CueAfter {
  let result = '';
  let at = start;
  const touched: Range[] = [];
  for (const edit of edits) {
    if (edit.range[0] < start || edit.range[1] > end) continue;
    result += text.slice(at, edit.range[0]);
    touched.push([result.length, result.length + edit.text.length]);
    result += edit.text;
    at = edit.range[1];
  }
  result += text.slice(at, end);
  const emptied = countMatches(result, EMPTY_MARKUP) > countMatches(text.slice(start, end), EMPTY_MARKUP);
  const untidy = emptied || lineRanges(result).some((line) => isBlankTouched(result, line, touched));
  return { text: result, untidy, touched };
}

/** The cue's edits as one, its text put right (see CueAfter). */
export function tidyCue(text: string, range: Range, after: CueAfter, edits: readonly OriginalEdit[], steps: (all: ChangeStep[]) => ChangeStep[]): OriginalEdit {
  const source = text.slice(range[0], range[1]);
  const lines: string[] = [];
  let carried = '';
  for (const line of lineRanges(after.text)) {
    const content = after.text.slice(line[0], line[1]).replace(/\r$/, '');
    if (!isBlankTouched(after.text, line, after.touched)) {
      lines.push(carried + content);
      carried = '';
      continue;
    }
    const markup = content.trim();
    // Closing markup closes the line before; opening markup opens the line after.
    if (markup.startsWith('</') && lines.length > 0) lines[lines.length - 1] += markup;
    else carried += markup;
  }
  if (carried !== '' && lines.length > 0) lines[lines.length - 1] += carried;
  let cleaned = lines.join(source.includes('\r\n') ? '\r\n' : '\n');
  if (countMatches(cleaned, EMPTY_MARKUP) > countMatches(source, EMPTY_MARKUP)) cleaned = cleaned.replace(EMPTY_MARKUP, '');
  const core = changedCore(text, { range, text: cleaned });
  return { range: core.range, text: core.inserted, steps: steps(edits.flatMap((edit) => edit.steps)) };
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function lineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    ranges.push([start, newline]);
    start = newline + 1;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** A line the edits wrote into that has no text to show: empty, white space, or markup alone. */
function isBlankTouched(text: string, [start, end]: Range, touched: readonly Range[]): boolean {
  if (text.slice(start, end).replace(CUE_MARKUP, '').trim() !== '') return false;
  return touched.some(([from, to]) => from <= end && to >= start);
}
