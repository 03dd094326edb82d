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

/**
 * In a text of lines sorted by UTF-16 code unit, where the line whose key is `key` starts, or -1; a line's
 * key is the whole line, or what comes before its first tab (`key\tvalue`). Found by bisection: no line is
 * split out and nothing is built, so a few lookups in a long list cost microseconds.
 */
export function sortedLineOf(text: string, key: string): number {
  // An offset stands for its line (a newline for the line it ends): sorted lines make that monotone.
  const start = partitionPoint(text.length, (offset) => lineKeyBefore(text, text.lastIndexOf('\n', offset - 1) + 1, key));
  if (start >= text.length || !text.startsWith(key, start)) return -1;
  const after = start + key.length === text.length ? 10 : text.charCodeAt(start + key.length);
  return after === 10 || after === 9 ? start : -1;
}

/** Whether the key of the line at `start` sorts before `key`. */
function lineKeyBefore(text: string, start: number, key: string): boolean {
  for (let k = 0; ; k++) {
    if (k === key.length) return false;
    const code = start + k < text.length ? text.charCodeAt(start + k) : 10;
    if (code === 10 || code === 9) return true;
    if (code !== key.charCodeAt(k)) return code < key.charCodeAt(k);
  }
}
