import type { Doc, Range } from '../../core/types.js';
import abbreviations from '../../data/abbreviations.json' with { type: 'json' };

const ABBREVIATIONS = new Set(Object.keys(abbreviations));
/** Full stops of Chinese and Japanese, which need no space after them: 你只能选择两个。你只能选择两个。 */
const CJK_TERMINAL = new Set(['。', '！', '？']);
const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * The units a loop repeats, as token ranges: the document's sentences, cut further at line breaks (a
 * subtitle cue, a console line, a transcript line), after a CJK full stop, and after a full stop followed
 * by lower case, as speech recognition writes ("his family. wishing this great father"). Two copies of a
 * sentence must lie in separate units to be seen as a loop.
 */
export function loopSegments(doc: Doc): Range[] {
  return rawSegments(doc).map((segment) => core(doc, segment));
}

const OPENING = new Set(['“', '"', '‘', '(', '[', '«', '„']);
const CLOSING = new Set(['”', '"', '’', ')', ']', '»']);

/** A segment without the quote marks around it: “And we saw it. | And we saw it.” repeat one sentence. */
function core(doc: Doc, [first, end]: Range): Range {
  let start = first;
  let stop = end;
  while (stop - start > 1 && CLOSING.has(doc.tokenText(stop - 1)) && doc.starts[stop - 1] === doc.ends[stop - 2]) stop--;
  while (stop - start > 1 && OPENING.has(doc.tokenText(start)) && doc.ends[start] === doc.starts[start + 1]) start++;
  return [start, stop];
}

function rawSegments(doc: Doc): Range[] {
  const segments: Range[] = [];
  for (const [first, end] of doc.sentences) {
    let start = first;
    for (let i = first; i < end - 1; i++) {
      if (endsSegment(doc, i)) {
        segments.push([start, i + 1]);
        start = i + 1;
      }
    }
    segments.push([start, end]);
  }
  return segments;
}

function endsSegment(doc: Doc, i: number): boolean {
  const gap = doc.text.slice(doc.ends[i], doc.starts[i + 1]);
  if (gap.includes('\n')) return true;
  const token = doc.tokenText(i);
  if (CJK_TERMINAL.has(token)) return true;
  if (!TERMINAL.has(token) || gap === '') return false;
  // "Mr. smith" and "J. r. r." are not sentence ends; a lower-case word after a real full stop is.
  const before = i > 0 ? doc.tokenText(i - 1) : '';
  if (token === '.' && (before.length === 1 || ABBREVIATIONS.has(before))) return false;
  return /^\p{Ll}/u.test(doc.tokenText(i + 1));
}
