import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import { TokenKind, type Range } from './types.js';

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENING = /^["“‘'(\[«¿¡]/u;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}]/u;
const BLANK_LINE = /\n[^\S\n]*\r?\n/;
const ABBREVIATIONS = new Set(Object.keys(abbreviations));

/**
 * Sentences as half-open token-index ranges. A sentence ends at terminal punctuation (with any closing
 * quotes glued to it) followed by space and a capital, digit or opening quote, unless the word before the
 * full stop is a title or an initial; a blank line always ends one.
 */
export function findSentences(
  text: string,
  kinds: Uint8Array,
  starts: Uint32Array,
  ends: Uint32Array,
  count: number,
): Range[] {
  const sentences: Range[] = [];
  let sentenceStart = 0;
  const cut = (after: number): void => {
    sentences.push([sentenceStart, after + 1]);
    sentenceStart = after + 1;
  };
  for (let i = 0; i < count - 1; i++) {
    const gap = text.slice(ends[i], starts[i + 1]);
    if (gap.length > 1 && BLANK_LINE.test(gap)) {
      cut(i);
      continue;
    }
    if (gap.length === 0 || kinds[i] !== TokenKind.Punct) continue;
    let last = i;
    // Walk back over closing quotes glued to the terminal mark: `saw.”` ends where `.` does.
    while (last > sentenceStart && CLOSING.has(text.slice(starts[last], ends[last])) && ends[last - 1] === starts[last]) {
      last--;
    }
    const mark = text.slice(starts[last], ends[last]);
    if (!TERMINAL.has(mark)) continue;
    if (mark === '.' && last > 0 && isAbbreviationOrInitial(text.slice(starts[last - 1], ends[last - 1]))) continue;
    const next = text.slice(starts[i + 1], ends[i + 1]);
    if (kinds[i + 1] === TokenKind.Protected || STARTS_SENTENCE.test(next) || OPENING.test(next)) cut(i);
  }
  if (sentenceStart < count) sentences.push([sentenceStart, count]);
  return sentences;
}

function isAbbreviationOrInitial(word: string): boolean {
  return ABBREVIATIONS.has(word) || (word.length === 1 && word >= 'A' && word <= 'Z');
}
