import type { Change, Range } from './types.js';

/**
 * When two reviewed edits of one text may be applied together: the rules the terminal review (`-i`) and the
 * review page share, so both write the same file for the same decisions.
 */

/** Two edits that cannot both be applied: they overlap, or one is an insertion at the other's edge. */
export function clash([aStart, aEnd]: Range, [bStart, bEnd]: Range): boolean {
  if (aStart < bEnd && bStart < aEnd) return true;
  return (aStart === aEnd || bStart === bEnd) && aStart <= bEnd && bStart <= aEnd;
}

/** A suggestion covers a change whole: its replacement carries the change's text, so it builds on it. */
export function covers(suggestion: Change, change: Change): boolean {
  return suggestion.offset <= change.offset && change.offset + change.length <= suggestion.offset + suggestion.length;
}
