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
 * In a text of lines sorted by UTF-16 code unit, where the line `line` starts, or -1. Found by bisection:
 * no line is split out and nothing is built, so a few lookups in a long list cost microseconds.
 */
export function sortedLineOf(text: string, line: string): number {
  // An offset stands for its line (a newline for the line it ends): sorted lines make that monotone.
  const start = partitionPoint(text.length, (offset) => lineBefore(text, text.lastIndexOf('\n', offset - 1) + 1, line));
  if (start >= text.length || !text.startsWith(line, start)) return -1;
  return start + line.length === text.length || text.charCodeAt(start + line.length) === 10 ? start : -1;
}

/** Whether the line at `start` sorts before `line`. */
function lineBefore(text: string, start: number, line: string): boolean {
  for (let k = 0; ; k++) {
    if (k === line.length) return false;
    const code = start + k < text.length ? text.charCodeAt(start + k) : 10;
    if (code === 10) return true;
    if (code !== line.charCodeAt(k)) return code < line.charCodeAt(k);
  }
}
