import { isInside, quotedRanges } from '../core/quotes.js';
import { TokenKind, type Doc, type Finding, type Fixer, type Range } from '../core/types.js';
import doubleAllowed from '../data/double-allowed.json' with { type: 'json' };
import repeatAllowed from '../data/repeat-allowed.json' with { type: 'json' };
import xAndXAllowed from '../data/x-and-x-allowed.json' with { type: 'json' };
import { findSentenceLoops } from './repeats/sentence-loop.js';
import { findXAndX } from './repeats/x-and-x.js';
import { copiesEqual, gapAfter, startsSentence, tokenKeys, type RepeatScan } from './repeats/scan.js';

export interface RepeatedPhraseOptions {
  /** The longest phrase, in tokens, looked for as a repeat. */
  readonly maxPhraseTokens?: number;
}

const REPEAT_ALLOWED = new Set(Object.keys(repeatAllowed));
const DOUBLE_ALLOWED = new Set(Object.keys(doubleAllowed));
const X_AND_X_ALLOWED = new Set(Object.keys(xAndXAllowed));
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

export const repeatedPhrase: Fixer<RepeatedPhraseOptions> = {
  id: 'repeated-phrase',
  description: 'Removes words, phrases and sentences repeated in a row, and the "thanked and thanked" stutter.',
  create(options) {
    const maxTokens = options.maxPhraseTokens ?? 16;
    return (doc) => {
      const scan: RepeatScan = {
        doc,
        keys: tokenKeys(doc),
        quotes: quotedRanges(doc),
        claimed: new Uint8Array(doc.tokenCount),
        findings: [],
      };
      // Most specific first: each rule leaves the tokens an earlier one claimed alone.
      findSentenceLoops(scan);
      findXAndX(scan, X_AND_X_ALLOWED);
      findPhraseRepeats(scan, maxTokens);
      return scan.findings;
    };
  },
};

/** Words and phrases of up to `maxTokens` tokens said twice or more in a row: "warmly warmly warmed". */
function findPhraseRepeats(scan: RepeatScan, maxTokens: number): void {
  const { doc, keys, claimed } = scan;
  for (let i = 0; i < doc.tokenCount; i++) {
    if (doc.kinds[i] !== TokenKind.Word || claimed[i]) continue;
    for (let n = 1; n <= maxTokens && i + 2 * n <= doc.tokenCount; n++) {
      if (keys[i] !== keys[i + n] || !copiesEqual(keys, i, i + n, n) || !isRepeatablePhrase(scan, i, n)) continue;
      let times = 2;
      while (i + (times + 1) * n <= doc.tokenCount && copiesEqual(keys, i, i + times * n, n) && gapAfter(doc, i + times * n - 1) === 'space') {
        times++;
      }
      const finding = judge(scan, i, n, times);
      if (finding) {
        scan.findings.push(finding);
        claimed.fill(1, i, i + times * n);
      }
      i += times * n - 1;
      break;
    }
  }
}

/** A phrase that may repeat: starts with a word, ends on a word or number, nothing protected or claimed, one paragraph. */
function isRepeatablePhrase({ doc, claimed }: RepeatScan, start: number, n: number): boolean {
  if (doc.kinds[start + n - 1] === TokenKind.Punct) return false;
  for (let i = start; i < start + 2 * n; i++) {
    if (doc.kinds[i] === TokenKind.Protected || claimed[i]) return false;
    if (i < start + 2 * n - 1 && gapAfter(doc, i) === 'paragraph') return false;
  }
  // The copies must be separate words: white space between them, not "wow!wow".
  return gapAfter(doc, start + n - 1) === 'space';
}

function judge(scan: RepeatScan, start: number, n: number, times: number): Finding | null {
  const { doc } = scan;
  const copy = doc.text.slice(doc.starts[start], doc.ends[start + n - 1]);
  const key = copy.toLowerCase();
  const end = doc.ends[start + times * n - 1]!;
  const range: Range = [doc.starts[start]!, end];
  if (REPEAT_ALLOWED.has(key) || (times === 2 && DOUBLE_ALLOWED.has(key))) return null;
  if (times < 3 && isInside(scan.quotes, range[0], range[1])) return null;
  let confidence = n === 1 ? 0.9 : 0.95;
  if (n === 1 && TITLE_CASE.test(copy) && !startsSentence(doc, start)) {
    const second = doc.tokenText(start + 1);
    // "Will will" is a name then a word; "Sirhan Sirhan" may be a name we do not know: only suggest.
    if (!TITLE_CASE.test(second)) return null;
    confidence = 0.6;
  }
  return {
    fixer: 'repeated-phrase',
    rule: n === 1 ? 'repeated-word' : 'repeated-phrase',
    message: `\`${copy}\` is repeated ${times} times in a row; keep one`,
    range,
    actual: doc.text.slice(range[0], range[1]),
    expected: [copy],
    fix: { range, text: copy },
    confidence,
  };
}
