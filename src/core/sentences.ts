import { hasBlankLine } from './chars.js';
import { lazyPattern } from './lazy-pattern.js';
import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import { TokenKind, type Range } from './types.js';

const ABBREVIATIONS = new Set(Object.keys(abbreviations));

const isTerminal = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
const isClosing = (code: number): boolean => code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0xbb;
// U+FFFC stands for masked structure (subtitle markup, inline code): a sentence may start there.
const isOpening = (code: number): boolean =>
  code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 40 || code === 91 || code === 0xab || code === 0xbf || code === 0xa1 || code === 0xfffc;
const STARTS_SENTENCE = lazyPattern(String.raw`[\p{Lu}\p{N}]`, 'u');

/**
 * Sentences as half-open token-index ranges. A sentence ends at terminal punctuation (with any closing
 * quotes glued to it) followed by space and a capital, digit or opening quote, unless the word before the
 * full stop is a title or an initial; a blank line always ends one. Reads character codes, not slices: it
 * runs on every token of every document.
 */
export function findSentences(text: string, kinds: Uint8Array, starts: Uint32Array, ends: Uint32Array, count: number): Range[] {
  const sentences: Range[] = [];
  let sentenceStart = 0;
  const cut = (after: number): void => {
    sentences.push([sentenceStart, after + 1]);
    sentenceStart = after + 1;
  };
  for (let i = 0; i < count - 1; i++) {
    const gapStart = ends[i]!;
    const gapEnd = starts[i + 1]!;
    if (hasBlankLine(text, gapStart, gapEnd)) {
      cut(i);
      continue;
    }
    if (gapEnd === gapStart || kinds[i] !== TokenKind.Punct) continue;
    let last = i;
    // Walk back over closing quotes glued to the terminal mark: `saw.”` ends where `.` does.
    while (last > sentenceStart && isClosing(text.charCodeAt(starts[last]!)) && ends[last - 1] === starts[last]) last--;
    const mark = text.charCodeAt(starts[last]!);
    if (!isTerminal(mark) || ends[last]! - starts[last]! !== 1) continue;
    if (mark === 46 && last > 0 && isAbbreviationOrInitial(text, starts[last - 1]!, ends[last - 1]!)) continue;
    const next = text.charCodeAt(gapEnd);
    const nextStarts = next >= 0xd800 && next <= 0xdbff ? STARTS_SENTENCE().test(String.fromCodePoint(text.codePointAt(gapEnd)!)) : startsSentence(next);
    if (kinds[i + 1] === TokenKind.Protected || nextStarts || isOpening(next)) cut(i);
  }
  if (sentenceStart < count) sentences.push([sentenceStart, count]);
  return sentences;
}

function startsSentence(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return STARTS_SENTENCE().test(String.fromCharCode(code));
}

/** Whether the word at `[start, end)`, before a full stop, is a title or an initial: no sentence ends after it. */
export function isAbbreviationOrInitial(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    return code >= 65 && code <= 90;
  }
  return end - start <= 4 && ABBREVIATIONS.has(text.slice(start, end));
}
