import type { Doc, Finding, Range } from '../../core/types.js';

/** What the repetition rules share while scanning one document. */
export interface RepeatScan {
  readonly doc: Doc;
  /** Case-folded token texts interned to numbers, so comparing two tokens is one integer compare. */
  readonly keys: Int32Array;
  readonly quotes: readonly Range[];
  /** Tokens already inside a finding: a later rule leaves them alone. */
  readonly claimed: Uint8Array;
  readonly findings: Finding[];
}

const BLANK_LINE = /\n[^\S\n]*\r?\n/;

export function tokenKeys(doc: Doc): Int32Array {
  const ids = new Map<string, number>();
  const keys = new Int32Array(doc.tokenCount);
  for (let i = 0; i < doc.tokenCount; i++) {
    const key = doc.tokenText(i).toLowerCase();
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    keys[i] = id;
  }
  return keys;
}

export function copiesEqual(keys: Int32Array, a: number, b: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (keys[a + j] !== keys[b + j]) return false;
  return true;
}

export type Gap = 'none' | 'space' | 'paragraph';

/** What separates token `i` from the next: nothing, white space within a paragraph, or a blank line. */
export function gapAfter(doc: Doc, i: number): Gap {
  const start = doc.ends[i]!;
  const end = doc.starts[i + 1] ?? doc.text.length;
  if (start === end) return 'none';
  return end - start > 1 && BLANK_LINE.test(doc.text.slice(start, end)) ? 'paragraph' : 'space';
}

/** Whether token `index` begins a sentence or a line, or follows an opening quote or bracket. */
export function startsSentence(doc: Doc, index: number): boolean {
  if (index === 0) return true;
  if (/^["“‘'(\[«]$/u.test(doc.tokenText(index - 1))) return true;
  if (doc.text.slice(doc.ends[index - 1], doc.starts[index]).includes('\n')) return true;
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const first = doc.sentences[mid]![0];
    if (first === index) return true;
    if (first < index) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
