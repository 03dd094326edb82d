import { TokenKind, type Doc, type Finding, type Range } from '../core/types.js';

/** What the spacing rules share: the gap after a token, in character codes, and how a finding is made. */
/** How many spaces follow token `i`, when the gap is spaces only (no line break, no tab); else 0. */
export function spacesAfter(doc: Doc, i: number): number {
  const start = doc.end(i);
  const end = doc.start(i + 1);
  for (let k = start; k < end; k++) if (doc.text.charCodeAt(k) !== 32) return 0;
  return end - start;
}

/** The code of a token that is one character long, else -1: punctuation is checked without slicing. */
export function singleChar(doc: Doc, i: number): number {
  return doc.end(i) - doc.start(i) === 1 ? doc.text.charCodeAt(doc.start(i)) : -1;
}

export function isWordLike(doc: Doc, i: number): boolean {
  return doc.kinds[i] === TokenKind.Word || doc.kinds[i] === TokenKind.Number;
}

export function finding(
  rule: string,
  message: string,
  range: Range,
  text: string,
  confidence: number,
  fixable = true,
): Finding {
  const found: Finding = {
    fixer: 'spacing',
    rule,
    message,
    range,
    expected: [text],
    confidence,
  };
  return fixable ? { ...found, fix: { range, text } } : found;
}
