import type { Doc, Range } from '../../core/types.js';
import abbreviations from '../../data/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS = new Set(Object.keys(abbreviations));
/** Full stops of Chinese and Japanese, which need no space after them: 你只能选择两个。你只能选择两个。 */
const CJK_TERMINAL = new Set(['。', '！', '？']);
const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * The units a loop repeats, as token ranges: the document's sentences, cut further after a CJK full stop,
 * `byLine` at line breaks too (a subtitle cue, a console line, a transcript line), and after a full stop followed
 * by lower case, as speech recognition writes ("his family. wishing this great father"). Two copies of a
 * sentence must lie in separate units to be seen as a loop.
 */
export function loopSegments(doc: Doc, byLine: boolean): Range[] {
  return rawSegments(doc, byLine).map((segment) => core(doc, segment));
}

/** Quote marks and brackets by character code: “ " ‘ ( [ « „ and ” " ’ ) ] ». */
const OPENING = new Set([0x201c, 34, 0x2018, 40, 91, 0xab, 0x201e]);
const CLOSING = new Set([0x201d, 34, 0x2019, 41, 93, 0xbb]);

/** A segment without the quote marks around it: “And we saw it. | And we saw it.” repeat one sentence. */
function core(doc: Doc, [first, end]: Range): Range {
  const mark = (i: number, marks: ReadonlySet<number>): boolean => doc.ends[i]! - doc.starts[i]! === 1 && marks.has(doc.text.charCodeAt(doc.starts[i]!));
  let start = first;
  let stop = end;
  while (stop - start > 1 && mark(stop - 1, CLOSING) && doc.starts[stop - 1] === doc.ends[stop - 2]) stop--;
  while (stop - start > 1 && mark(start, OPENING) && doc.ends[start] === doc.starts[start + 1]) start++;
  return [start, stop];
}

function rawSegments(doc: Doc, byLine: boolean): Range[] {
  const segments: Range[] = [];
  for (const [first, end] of doc.sentences) {
    let start = first;
    for (let i = first; i < end - 1; i++) {
      if (endsSegment(doc, i, byLine)) {
        segments.push([start, i + 1]);
        start = i + 1;
      }
    }
    segments.push([start, end]);
  }
  return segments;
}

function endsSegment(doc: Doc, i: number, byLine: boolean): boolean {
  const text = doc.text;
  const gapStart = doc.ends[i]!;
  const gapEnd = doc.starts[i + 1]!;
  // Character codes, not slices: this runs for every token of every document.
  if (byLine) for (let at = gapStart; at < gapEnd; at++) if (text.charCodeAt(at) === 10) return true;
  if (doc.ends[i]! - doc.starts[i]! !== 1) return false;
  const mark = text[doc.starts[i]!]!;
  if (CJK_TERMINAL.has(mark)) return true;
  if (!TERMINAL.has(mark) || gapEnd === gapStart) return false;
  // "Mr. smith" and "J. r. r." are not sentence ends; a lower-case word after a real full stop is.
  const next = text.charCodeAt(gapEnd);
  if (!(next >= 97 && next <= 122) && !(next > 127 && /^\p{Ll}/u.test(doc.tokenText(i + 1)))) return false;
  const before = i > 0 ? doc.tokenText(i - 1) : '';
  return !(mark === '.' && (before.length === 1 || ABBREVIATIONS.has(before)));
}
