import type { Edit, ProtectedSpan } from './types.js';
import { partitionPoint } from './search.js';

/**
 * Whether an edit leaves every protected span as it was. Only the part the edit really changes counts (a
 * fix may span unchanged words it depended on, as "a 8" → "an 8" does). Strict spans (URLs, e-mail
 * addresses, handles, hashtags) may not be touched; atomic ones (numbers, dates, times) may not be
 * altered or cut into, but a deletion may remove one whole, as when a repeated "since 2022" goes.
 */
export function respectsProtection(text: string, edit: Edit, spans: readonly ProtectedSpan[]): boolean {
  if (spans.length === 0) return true;
  const { range: [start, end], inserted } = changedCore(text, edit);
  const isDeletion = inserted.trim() === '';
  for (let i = firstEndingAfter(spans, start); i < spans.length; i++) {
    const span = spans[i]!;
    const [spanStart, spanEnd] = span.range;
    if (spanStart >= end) break;
    const overlaps = start === end ? spanStart < start && start < spanEnd : spanStart < end && start < spanEnd;
    if (!overlaps) continue;
    if (span.strict) return false;
    if (!(isDeletion && start <= spanStart && spanEnd <= end)) return false;
  }
  return true;
}

/** What the edit really alters: its range less the prefix and suffix it keeps, and the text put there. */
export function changedCore(text: string, edit: Edit): { range: readonly [number, number]; inserted: string } {
  const [start, end] = edit.range;
  const original = text.slice(start, end);
  const limit = Math.min(original.length, edit.text.length);
  let prefix = 0;
  while (prefix < limit && original.charCodeAt(prefix) === edit.text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    original.charCodeAt(original.length - 1 - suffix) === edit.text.charCodeAt(edit.text.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { range: [start + prefix, end - suffix], inserted: edit.text.slice(prefix, edit.text.length - suffix) };
}

/** Index of the first span (sorted by start, non-overlapping) that ends after `offset`. */
function firstEndingAfter(spans: readonly ProtectedSpan[], offset: number): number {
  return partitionPoint(spans.length, (k) => spans[k]!.range[1] <= offset);
}
