/**
 * Letters that one romanisation writes for another's (Ukrainian Г as H, Russian as G: Hostomel, Gostomel;
 * German W for V; C, K and Q; S and Z; J and Y; the vowels): swapped, they are the same name written by
 * another system, not another name (Newson and Newsom, m and n, are two people).
 */
const SWAPS = new Set(['gh', 'hg', 'vw', 'wv', 'ck', 'kc', 'kq', 'qk', 'sz', 'zs', 'jy', 'yj', 'iy', 'yi']);
const VOWELS = /^[aeiouy]$/;

/**
 * The one letter that differs between two folded spellings, inside the word — never the last letter, which
 * carries a name's case or gender (Zelenska is not Zelensky, Renzo not Renzi) — or null. `removed` or
 * `added` is empty for a letter dropped or inserted.
 */
export function innerSlip(a: string, b: string): { readonly removed: string; readonly added: string } | null {
  if (a === b || Math.abs(a.length - b.length) > 1) return null;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA);
  const added = b.slice(start, endB);
  if (removed.length > 1 || added.length > 1 || Math.max(endA, endB) >= Math.max(a.length, b.length)) return null;
  return { removed, added };
}

/** Whether two folded spellings are one name in two romanisations: a letter dropped, or swapped for its counterpart. */
export function isTransliterationSlip(a: string, b: string): boolean {
  const slip = innerSlip(a, b);
  if (!slip) return false;
  if (slip.removed === '' || slip.added === '') return true;
  return SWAPS.has(slip.removed + slip.added) || (VOWELS.test(slip.removed) && VOWELS.test(slip.added));
}
