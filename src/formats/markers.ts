import type { Range } from '../core/types.js';

const SIC = /[^\s[\]]+\s*\[sic\]/giu;
const DISABLE = /<!--\s*unmangle-disable\s*-->/g;
const ENABLE = /<!--\s*unmangle-enable\s*-->/g;

/** "Baukele [sic]": an editor's mark that a word is spelled as the source spelled it. The word is kept. */
export function sicRanges(text: string): Range[] {
  if (!text.includes('[')) return [];
  return [...text.matchAll(SIC)].map((match) => [match.index, match.index + match[0].length] as const);
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
