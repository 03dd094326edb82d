import { hasBlankLine } from '../../core/chars.js';
import { TokenKind, type Doc, type Edit, type Finding, type Range } from '../../core/types.js';
import { partitionPoint } from '../../core/search.js';

/** What the repetition rules share while scanning one document. */
export interface RepeatScan {
  readonly doc: Doc;
  /** Direct quotations, where a doubled word opening a sentence may be dialogue written as spoken. */
  readonly quotes: readonly Range[];
  /** Each token's length and case-folded first character: two tokens with different shapes differ. */
  readonly shapes: Uint32Array;
  /** Tokens already inside a finding: a later rule leaves them alone. */
  readonly claimed: Uint8Array;
  readonly findings: Finding[];
}


/** The shapes of all tokens, so most comparisons end on one integer compare. */
export function tokenShapes(doc: Doc): Uint32Array {
  const shapes = new Uint32Array(doc.tokenCount);
  for (let i = 0; i < doc.tokenCount; i++) {
    const first = doc.text.charCodeAt(doc.start(i));
    const folded = first >= 65 && first <= 90 ? first | 32 : first < 128 ? first : 0;
    shapes[i] = ((doc.end(i) - doc.start(i)) << 8) | folded;
  }
  return shapes;
}

/**
 * Whether tokens `a` and `b` are the same word but for case. Compares character codes in place: this runs
 * for nearly every token, and almost always fails at the length.
 */
export function sameToken(doc: Doc, a: number, b: number): boolean {
  const start = doc.start(a);
  const other = doc.start(b);
  const length = doc.end(a) - start;
  if (length !== doc.end(b) - other) return false;
  const text = doc.text;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(start + k);
    const y = text.charCodeAt(other + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
      continue;
    }
    return text.slice(start, start + length).toLowerCase() === text.slice(other, other + length).toLowerCase();
  }
  return true;
}

export function copiesEqual(doc: Doc, a: number, b: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (!sameToken(doc, a + j, b + j)) return false;
  return true;
}

export type Gap = 'none' | 'space' | 'paragraph';

/** What separates token `i` from the next: nothing, white space within a paragraph, or a blank line. */
export function gapAfter(doc: Doc, i: number): Gap {
  const start = doc.end(i);
  const end = doc.starts[i + 1] ?? doc.text.length;
  if (start === end) return 'none';
  return hasBlankLine(doc.text, start, end) ? 'paragraph' : 'space';
}

/**
 * Whether token `index` begins a sentence or a line, or follows a mark a new clause starts after: an
 * opening quote or bracket, a colon or semicolon, a Markdown heading or quote marker. Not a dash: "class
 * 1-A" and "1 -- A operation" are labels.
 */
export function startsSentence(doc: Doc, index: number): boolean {
  if (index === 0) return true;
  if (/^["“‘'(\[«:;#>]$/u.test(doc.tokenText(index - 1))) return true;
  if (doc.text.slice(doc.ends[index - 1], doc.starts[index]).includes('\n')) return true;
  const at = partitionPoint(doc.sentences.length, (k) => doc.sentences[k]![0] < index);
  return at < doc.sentences.length && doc.sentences[at]![0] === index;
}

/**
 * The fix for a repeat: delete from the end of what is kept (token `keptLast`) to the end of the last copy
 * (token `last`), so the kept copy is untouched and a later fix inside it (a stutter within a looped line)
 * stays a change of its own, not one merged over the whole loop.
 */
export function dropAfter(doc: Doc, keptLast: number, last: number): Edit {
  return { range: [doc.end(keptLast), doc.end(last)], text: '' };
}

/** Whether the `n` tokens from `start` are words and numbers of one paragraph that no other rule claimed. */
export function isWordRun({ doc, claimed }: RepeatScan, start: number, n: number): boolean {
  for (let i = start; i < start + n; i++) {
    if ((doc.kinds[i] !== TokenKind.Word && doc.kinds[i] !== TokenKind.Number) || claimed[i]) return false;
    if (i < start + n - 1 && gapAfter(doc, i) === 'paragraph') return false;
  }
  return true;
}

export function startsLine(doc: Doc, index: number): boolean {
  return index === 0 || doc.text.slice(doc.ends[index - 1], doc.starts[index]).includes('\n');
}
