import type { Edit } from './types.js';

export interface Applied<E extends Edit> {
  readonly text: string;
  /** Edits applied, sorted by position in the text they were given. */
  readonly applied: readonly E[];
  /** Edits that overlapped or touched an earlier one: they wait for the next pass. */
  readonly deferred: readonly E[];
}

/**
 * Apply edits the way ESLint's SourceCodeFixer does: sort by range, apply those that neither overlap nor
 * touch an edit already taken, defer the rest. The result does not depend on the order edits arrive in.
 * Edits that change nothing are dropped. A malformed edit is a programmer error and throws.
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): Applied<E> {
  const { applied, deferred } = chooseEdits(text, edits);
  if (applied.length === 0) return { text, applied, deferred };
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const edit of applied) {
    parts.push(text.slice(copiedUpTo, edit.range[0]), edit.text);
    copiedUpTo = edit.range[1];
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), applied, deferred };
}

/** The edits `applyEdits` would apply and defer, without building the text: a 20 MB copy saved where only the choice is needed. */
export function chooseEdits<E extends Edit>(text: string, edits: readonly E[]): Omit<Applied<E>, 'text'> {
  for (const edit of edits) assertValid(text, edit);
  const sorted = [...edits].sort(compareEdits);
  const applied: E[] = [];
  const deferred: E[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (text.slice(start, end) === edit.text) continue;
    // `<=`: touching edits conflict too, so two insertions at one point never race.
    if (start <= lastEnd) {
      deferred.push(edit);
      continue;
    }
    lastEnd = end;
    applied.push(edit);
  }
  return { applied, deferred };
}

function compareEdits(a: Edit, b: Edit): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

function assertValid(text: string, edit: Edit): void {
  const [start, end] = edit.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`Edit range [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Edit range [${start}, ${end}) splits a surrogate pair`);
  }
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
