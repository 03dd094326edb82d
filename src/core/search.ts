/**
 * The first index in `[0, length)` at which `before` turns false, for a `before` that is true up to some
 * index and false from there on (over a sorted array): the one binary search every sorted lookup uses.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** FNV-1a over the character codes of `text[start, end)`: a fast hash for tables of strings. */
export function fnv1a(text: string, start = 0, end = text.length, seed = 0x811c9dc5, prime = 0x01000193): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), prime);
  return h >>> 0;
}
