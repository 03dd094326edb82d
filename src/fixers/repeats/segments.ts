import type { Doc, Range } from '../../core/types.js';
import abbreviations from '../../data/abbreviations.json' with { type: 'json' };
import { CJK_FULL_STOPS, SENTENCE_MARKS, UNIT_CLOSING, UNIT_OPENING } from '../../core/loop-units.js';

const ABBREVIATIONS = new Set(Object.keys(abbreviations));
/**
 * The units a loop repeats, as token ranges: the document's sentences, cut further after a CJK full stop
 * and after a full stop followed by lower case, as speech recognition writes ("his family. wishing this
 * great father"), each without the quote marks around it (“And we saw it. | And we saw it.” repeat one
 * sentence). Two copies of a sentence must lie in separate units to be seen as a loop.
 */
export function loopSegments(doc: Doc): Range[] {
  const segments: Range[] = [];
  for (const sentence of doc.sentences) splitSentence(doc, sentence, false, segments);
  return segments;
}

/**
 * The lines of each run of sentences that a line break runs through, one list a run: a sentence with a line
 * break inside, and the sentences on the lines next to it ("Herzlich Willkommen bei der Deutschen" ×4
 * without a full stop, then "Ich rufe aus." twice). Elsewhere lines are sentences already.
 */
export function lineGroups(doc: Doc): Range[][] {
  const groups: Range[][] = [];
  let group: Range[] | null = null;
  // The next line break, walked forward with the sentences: one pass over the text however long its lines.
  let lineBreak = doc.text.indexOf('\n');
  let previousEnd = -1;
  for (const sentence of doc.sentences) {
    while (lineBreak !== -1 && lineBreak < doc.end(sentence[0])) lineBreak = doc.text.indexOf('\n', lineBreak + 1);
    const inside = lineBreak !== -1 && lineBreak < doc.start(sentence[1] - 1);
    if (!group && !inside) {
      previousEnd = sentence[1] - 1;
      continue;
    }
    const gap = previousEnd === -1 ? '' : doc.text.slice(doc.ends[previousEnd], doc.starts[sentence[0]]);
    const nextLine = gap.includes('\n') && !/\n[^\S\n]*\n/.test(gap);
    if (group && !nextLine) group = null;
    if (inside && !group) groups.push((group = []));
    if (group) splitSentence(doc, sentence, true, group);
    previousEnd = sentence[1] - 1;
  }
  return groups;
}

function splitSentence(doc: Doc, [first, end]: Range, byLine: boolean, into: Range[]): void {
  let start = first;
  for (let i = first; i < end - 1; i++) {
    if (endsSegment(doc, i, byLine)) {
      into.push(core(doc, start, i + 1));
      start = i + 1;
    }
  }
  into.push(core(doc, start, end));
}

/** The code of a one-character token, else -1. */
function markAt(doc: Doc, i: number): number {
  return doc.end(i) - doc.start(i) === 1 ? doc.text.charCodeAt(doc.start(i)) : -1;
}

function core(doc: Doc, first: number, end: number): Range {
  let start = first;
  let stop = end;
  while (stop - start > 1 && UNIT_CLOSING.has(markAt(doc, stop - 1)) && doc.starts[stop - 1] === doc.ends[stop - 2]) stop--;
  while (stop - start > 1 && UNIT_OPENING.has(markAt(doc, start)) && doc.ends[start] === doc.starts[start + 1]) start++;
  return [start, stop];
}

// Character codes, not slices: this runs for every token of every document.
function endsSegment(doc: Doc, i: number, byLine: boolean): boolean {
  const text = doc.text;
  const gapStart = doc.end(i);
  const gapEnd = doc.start(i + 1);
  if (byLine) for (let at = gapStart; at < gapEnd; at++) if (text.charCodeAt(at) === 10) return true;
  const mark = markAt(doc, i);
  if (mark === -1) return false;
  if (CJK_FULL_STOPS.has(mark)) return true;
  if (!SENTENCE_MARKS.has(mark) || gapEnd === gapStart) return false;
  // "Mr. smith" and "J. r. r." are not sentence ends; a lower-case word after a real full stop is.
  const next = text.charCodeAt(gapEnd);
  if (!(next >= 97 && next <= 122) && !(next > 127 && /^\p{Ll}/u.test(doc.tokenText(i + 1)))) return false;
  const before = i > 0 ? doc.tokenText(i - 1) : '';
  return !(mark === 46 && (before.length === 1 || ABBREVIATIONS.has(before)));
}
