import { TokenKind, type Doc, type ProtectedKind, type ProtectedSpan, type Range } from './types.js';
import { findSentences } from './sentences.js';

// One regex, tried left to right at each position; whatever is not whitespace and matches nothing
// earlier is a single punctuation code point (the `u` flag keeps surrogate pairs whole).
const TOKEN = new RegExp(
  [
    // 1: URL. Trailing sentence punctuation is trimmed off below.
    String.raw`((?:https?|ftp)://[^\s<>"“”]+|www\.[^\s<>"“”]+|(?<![\p{L}\p{N}@.\-])(?:[A-Za-z0-9\-]+\.)+(?:com|org|net|gov|edu|int|mil|io|co|uk|de|fr|es|info|news|tv|ly|me|app|dev)(?:/[^\s<>"“”]*)?(?![\p{L}\p{N}]))`,
    // 2: e-mail address
    String.raw`([\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)`,
    // 3: @handle or #hashtag
    String.raw`((?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_]+)`,
    // 4: date
    String.raw`(\d{4}-\d{1,2}-\d{1,2}(?![\p{L}\p{N}])|\d{1,2}/\d{1,2}/\d{2,4}(?![\p{L}\p{N}])|\d{1,2}\.\d{1,2}\.\d{4}(?![\p{L}\p{N}]))`,
    // 5: time, including subtitle timestamps such as 00:01:02,500
    String.raw`(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?![\p{N}]))`,
    // 6: dotted initialism such as U.S. or D.C.
    String.raw`((?:\p{Lu}\.){2,})`,
    // 7: word or number: letters, marks and digits, joined by inner apostrophes and hyphens
    String.raw`((?:\d+(?:[.,]\d+)*[\p{L}\p{M}\p{N}]*|[\p{L}\p{M}\p{N}]+)(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)`,
    // 8: any other non-space code point
    String.raw`(\S)`,
  ].join('|'),
  'gu',
);

const URL_TRAILING = /[.,;:!?'’)\]}]+$/u;
const PURE_NUMBER = /^[\d.,]+$/;

const PROTECTED_BY_GROUP: Record<number, ProtectedKind> = { 1: 'url', 2: 'email', 4: 'date', 5: 'time' };

/** Split `text` into tokens, protected spans and sentences. Pure and linear in the text length. */
export function tokenize(text: string): Doc {
  let capacity = Math.max(16, text.length >>> 2);
  let kinds = new Uint8Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let count = 0;
  const protectedSpans: ProtectedSpan[] = [];

  const push = (kind: TokenKind, start: number, end: number): void => {
    if (count === capacity) {
      capacity *= 2;
      kinds = grow(kinds, new Uint8Array(capacity));
      starts = grow(starts, new Uint32Array(capacity));
      ends = grow(ends, new Uint32Array(capacity));
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  };

  const re = new RegExp(TOKEN);
  for (let match = re.exec(text); match !== null; match = re.exec(text)) {
    const start = match.index;
    let value = match[0];
    const group = matchedGroup(match);
    if (group === 1) {
      value = value.replace(URL_TRAILING, '');
      re.lastIndex = start + value.length;
    }
    const end = start + value.length;
    if (group === 7) {
      if (PURE_NUMBER.test(value)) {
        push(TokenKind.Number, start, end);
        protectedSpans.push({ range: [start, end], kind: 'number', strict: false });
      } else {
        push(TokenKind.Word, start, end);
      }
    } else if (group === 6) {
      push(TokenKind.Word, start, end);
    } else if (group === 8) {
      push(TokenKind.Punct, start, end);
    } else {
      push(TokenKind.Protected, start, end);
      const kind: ProtectedKind =
        group === 3 ? (value.startsWith('@') ? 'handle' : 'hashtag') : (PROTECTED_BY_GROUP[group] ?? 'url');
      protectedSpans.push({ range: [start, end], kind, strict: kind !== 'date' && kind !== 'time' });
    }
  }

  const finalKinds = kinds.subarray(0, count);
  const finalStarts = starts.subarray(0, count);
  const finalEnds = ends.subarray(0, count);
  const tokenText = (index: number): string => text.slice(finalStarts[index], finalEnds[index]);
  const sentences: Range[] = findSentences(text, finalKinds, finalStarts, finalEnds, count);
  return {
    text,
    tokenCount: count,
    kinds: finalKinds,
    starts: finalStarts,
    ends: finalEnds,
    sentences,
    protectedSpans,
    tokenText,
  };
}

function matchedGroup(match: RegExpExecArray): number {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return group;
  }
  return 8;
}

function grow<T extends Uint8Array | Uint32Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
