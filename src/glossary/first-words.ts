const FILTER_BITS = 1 << 20;

/**
 * A Bloom filter of the first words of a name index's exact forms (one bit per hash, 2^20 bits): a word
 * whose bit is clear starts no name, whatever the size of the glossary, and costs no folding or lookup.
 */
export class FirstWordFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);

  /** A folded first word. */
  add(folded: string): void {
    const bit = asciiFoldedHash(folded);
    if (bit !== -1) this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /**
   * Whether a word, as written, could start an exact form: `word`, or `word[start, end)` so a caller can
   * ask about a token without slicing it out. False means surely not; true means look it up.
   */
  couldStart(word: string, start = 0, end = word.length): boolean {
    const bit = asciiFoldedHash(word, start, end);
    return bit === -1 || (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/**
 * A hash of an ASCII word as if lower-cased, computed without making the lower-case string; -1 for a
 * word with anything beyond ASCII, which the filter never rules out (its folded form may differ).
 */
function asciiFoldedHash(word: string, start = 0, end = word.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let code = word.charCodeAt(i);
    if (code > 127) return -1;
    if (code >= 65 && code <= 90) code |= 32;
    h = Math.imul(h ^ code, 0x01000193);
  }
  return (h >>> 0) & (FILTER_BITS - 1);
}
