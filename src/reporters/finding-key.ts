import { fnv1a, partitionPoint } from '../core/search.js';
import type { Change, Result } from '../core/types.js';

/**
 * What identifies a finding in a file whatever moves around it: its rule, its text, the word on either
 * side of it on its line, and which occurrence of that it is. No line number: an edit above a finding, or
 * further along its line, does not make it another finding. The context is read from the cleaned text, so fixing the finding next to
 * it (`was was` beside `a honest`) leaves it the same. The baseline stores keys; SARIF hashes them.
 */
export interface FindingKey {
  /** `fixer/rule`. */
  readonly rule: string;
  readonly original: string;
  /** The word of the cleaned text before the finding, on its line (at most CONTEXT code units). */
  readonly before: string;
  /** The word of the cleaned text after it, on its line (at most CONTEXT code units). */
  readonly after: string;
  /** 1 for the first finding of this rule, text and context in the file, 2 for the second… */
  readonly occurrence: number;
}

const CONTEXT = 32;

/** A file's findings' keys: those of its changes and of its suggestions, in their orders. */
export interface FindingKeys {
  readonly changes: readonly FindingKey[];
  readonly suggestions: readonly FindingKey[];
}

/** The keys of a file's changes and of its suggestions, in their orders. */
export function findingKeys(result: Result): FindingKeys {
  const toOutput = outputOffsets(result.changes);
  const seen = new Map<string, number>();
  const keyOf = (finding: Change, applied: boolean): FindingKey => {
    const start = toOutput(finding.offset, false);
    // A change's text in the output is its replacement; a suggestion's is what the changes left of its range.
    const end = applied ? start + finding.replacement.length : toOutput(finding.offset + finding.length, true);
    const key = {
      rule: `${finding.fixer}/${finding.rule}`,
      original: finding.original,
      before: result.output.slice(contextStart(result.output, start), start),
      after: result.output.slice(end, contextEnd(result.output, end)),
    };
    const text = keyText(key);
    const occurrence = (seen.get(text) ?? 0) + 1;
    seen.set(text, occurrence);
    return { ...key, occurrence };
  };
  return { changes: result.changes.map((change) => keyOf(change, true)), suggestions: result.suggestions.map((s) => keyOf(s, false)) };
}

/**
 * Input offsets to output offsets: shifted by every change that ends before (or, for the end of a range
 * that covers changes, at or before) the offset. Changes are sorted and never overlap.
 */
function outputOffsets(changes: readonly Change[]): (offset: number, inclusive: boolean) => number {
  const ends = changes.map((change) => change.offset + change.length);
  const shift: number[] = [0];
  for (const change of changes) shift.push(shift.at(-1)! + change.replacement.length - change.length);
  return (offset, inclusive) => {
    const before = partitionPoint(ends.length, (k) => (inclusive ? ends[k]! <= offset : ends[k]! <= offset && changes[k]!.offset < offset));
    return offset + shift[before]!;
  };
}

/** The key as one string, for maps and sets. */
export function keyText(key: Omit<FindingKey, 'occurrence'> & { occurrence?: number }): string {
  return JSON.stringify([key.rule, key.before, key.original, key.after, key.occurrence ?? 0]);
}

/** A stable 64-bit hash of a key, in hex: two FNV-1a passes with different seeds. */
export function fingerprint(key: FindingKey): string {
  const text = keyText(key);
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text)) + hex(fnv1a(text, 0, text.length, 0x050c5d1f));
}

/** Where the context before `offset` starts: the word before it and the space between, on its line. */
function contextStart(text: string, offset: number): number {
  let i = offset;
  const within = (): boolean => i > 0 && offset - i < CONTEXT && !isBreak(text.charCodeAt(i - 1));
  while (within() && isSpace(text.charCodeAt(i - 1))) i--;
  while (within() && !isSpace(text.charCodeAt(i - 1))) i--;
  return codePointStart(text, i);
}

/** Where the context after `offset` ends: the space and the word after it, on its line. */
function contextEnd(text: string, offset: number): number {
  let i = offset;
  const within = (): boolean => i < text.length && i - offset < CONTEXT && !isBreak(text.charCodeAt(i));
  while (within() && isSpace(text.charCodeAt(i))) i++;
  while (within() && !isSpace(text.charCodeAt(i))) i++;
  return codePointEnd(text, i);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** A context never starts or ends inside a surrogate pair. */
function codePointStart(text: string, offset: number): number {
  return (text.charCodeAt(offset) & 0xfc00) === 0xdc00 ? offset + 1 : offset;
}

function codePointEnd(text: string, offset: number): number {
  return offset > 0 && (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800 ? offset - 1 : offset;
}
