import type { Range } from '../core/types.js';

const SIC = /\[sic\]/gi;
const DISABLE = /<!--\s*unmangle-disable\s*-->/g;
const ENABLE = /<!--\s*unmangle-enable\s*-->/g;

/** "Baukele [sic]": an editor's mark that a word is spelled as the source spelled it. The word is kept. */
export function sicRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Find the marks first (a plain search), then walk back over the spaces and the word before each.
  for (const match of text.matchAll(SIC)) {
    let start = match.index;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    while (start > 0 && !/[\s[\]]/.test(text[start - 1]!)) start--;
    ranges.push([start, match.index + match[0].length]);
  }
  return ranges;
}

/** `<!-- unmangle-disable -->` … `<!-- unmangle-enable -->` (or to the end): left as written. */
export function disabledRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const disable of text.matchAll(DISABLE)) {
    ENABLE.lastIndex = disable.index;
    const enable = ENABLE.exec(text);
    ranges.push([disable.index, enable ? enable.index + enable[0].length : text.length]);
  }
  return ranges;
}
