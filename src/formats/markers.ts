import { lazyPattern } from '../core/lazy-pattern.js';
import type { Range } from '../core/types.js';

const SIC = /\[sic\]/gi;
const DISABLE = /<!--\s*unmangle-disable\s*-->/g;
const ENABLE = /<!--\s*unmangle-enable\s*-->/g;

/** "Baukele [sic]": an editor's mark that a word is spelled as the source spelled it. The word is kept. */
export function sicRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Most texts have no mark at all: two plain searches say so in half the time of the regular expression.
  if (!text.includes('[s') && !text.includes('[S')) return ranges;
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

// Needed only when a glossary keeps spellings as written: built then (see lazyPattern).
const WORD = lazyPattern(String.raw`[\p{L}\p{M}\p{N}]+`, 'gu');
const FIRST_WORD = lazyPattern(String.raw`[\p{L}\p{M}\p{N}]+`, 'u');
const ENDS_IN_WORD_CHAR = lazyPattern(String.raw`[\p{L}\p{M}\p{N}]$`, 'u');
const STARTS_WITH_WORD_CHAR = lazyPattern(String.raw`^[\p{L}\p{M}\p{N}]`, 'u');

/** Spellings a glossary keeps as written, by their first run of letters and digits, longest first. */
export type KeptSpellings = ReadonlyMap<string, readonly { readonly spelling: string; readonly lead: number }[]>;

export function keptSpellings(spellings: Iterable<string>): KeptSpellings {
  const byWord = new Map<string, { spelling: string; lead: number }[]>();
  for (const spelling of spellings) {
    const first = FIRST_WORD().exec(spelling);
    if (!first) continue;
    const list = byWord.get(first[0]) ?? [];
    list.push({ spelling, lead: first.index });
    list.sort((a, b) => b.spelling.length - a.spelling.length);
    byWord.set(first[0], list);
  }
  return byWord;
}

/**
 * Each whole-word, case-sensitive occurrence of a kept spelling: "Baukele" in "Baukele's", not in
 * "Baukeles" or "baukele". One pass over the words, whatever the number of spellings.
 */
export function keptRanges(text: string, kept: KeptSpellings): Range[] {
  if (kept.size === 0) return [];
  const ranges: Range[] = [];
  let coveredTo = 0;
  for (const word of text.matchAll(WORD())) {
    if (word.index < coveredTo) continue;
    for (const { spelling, lead } of kept.get(word[0]) ?? []) {
      const start = word.index - lead;
      const end = start + spelling.length;
      if (start < 0 || !text.startsWith(spelling, start)) continue;
      // Whole words: no letter or digit glued on at either end (a spelling may start or end with a mark).
      if (STARTS_WITH_WORD_CHAR().test(spelling) && ENDS_IN_WORD_CHAR().test(text.slice(Math.max(0, start - 2), start))) continue;
      if (ENDS_IN_WORD_CHAR().test(spelling) && STARTS_WITH_WORD_CHAR().test(text.slice(end, end + 2))) continue;
      ranges.push([start, end]);
      coveredTo = end;
      break;
    }
  }
  return ranges;
}
