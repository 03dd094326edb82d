import { hasBlankLine } from './chars.js';
import { TokenKind, type Doc, type Range } from './types.js';
import { partitionPoint } from './search.js';

/** Opening quote marks and the mark that closes each, by character code: “…”, „…“, «…», »…«, "…". */
const CLOSER_OF = new Map<number, number>([
  [0x201c, 0x201d],
  [0x201e, 0x201c],
  [0xab, 0xbb],
  [0xbb, 0xab],
  [34, 34],
]);

/**
 * Offsets covered by direct quotations: “…”, „…“, «…», and straight "…" paired in order. A quotation
 * never runs past a blank line, so one unbalanced mark cannot swallow the rest of an article. Single
 * quotes are left out: ’ is far more often an apostrophe.
 */
export function quotedRanges(doc: Doc): Range[] {
  const ranges: Range[] = [];
  const text = doc.text;
  let openStart = -1;
  let closer = 0;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (openStart !== -1 && i > 0 && hasBlankLine(text, doc.end(i - 1), doc.start(i))) openStart = -1;
    if (doc.kinds[i] !== TokenKind.Punct || doc.end(i) - doc.start(i) !== 1) continue;
    const mark = text.charCodeAt(doc.start(i));
    if (openStart !== -1 && mark === closer) {
      ranges.push([openStart, doc.end(i)]);
      openStart = -1;
    } else if (openStart === -1 && CLOSER_OF.has(mark)) {
      openStart = doc.start(i);
      closer = CLOSER_OF.get(mark)!;
    }
  }
  return ranges;
}

/** Whether `[start, end)` lies inside one of the sorted, disjoint `ranges`. */
export function isInside(ranges: readonly Range[], start: number, end: number): boolean {
  const range = ranges[partitionPoint(ranges.length, (k) => ranges[k]![1] <= start)];
  return range !== undefined && range[0] <= start && end <= range[1];
}
