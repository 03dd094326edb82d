import { TokenKind, type Doc, type Range } from './types.js';

const OPENERS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«' };
const BLANK_LINE = /\n[^\S\n]*\r?\n/;

/**
 * Offsets covered by direct quotations: “…”, „…“, «…», and straight "…" paired in order. A quotation
 * never runs past a blank line, so one unbalanced mark cannot swallow the rest of an article. Single
 * quotes are left out: ’ is far more often an apostrophe.
 */
export function quotedRanges(doc: Doc): Range[] {
  const ranges: Range[] = [];
  let open: { start: number; closer: string } | null = null;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (open && i > 0 && BLANK_LINE.test(doc.text.slice(doc.ends[i - 1], doc.starts[i]))) open = null;
    if (doc.kinds[i] !== TokenKind.Punct) continue;
    const mark = doc.tokenText(i);
    if (open && mark === open.closer) {
      ranges.push([open.start, doc.ends[i]!]);
      open = null;
    } else if (!open && mark === '"') {
      open = { start: doc.starts[i]!, closer: '"' };
    } else if (!open && OPENERS[mark] !== undefined) {
      open = { start: doc.starts[i]!, closer: OPENERS[mark]! };
    }
  }
  return ranges;
}

/** Whether `[start, end)` lies inside one of the sorted, disjoint `ranges`. */
export function isInside(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const range = ranges[mid]!;
    if (range[1] <= start) low = mid + 1;
    else if (range[0] > start) high = mid - 1;
    else return end <= range[1];
  }
  return false;
}
