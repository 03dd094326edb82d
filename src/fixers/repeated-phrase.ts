import { isInside, quotedRanges } from '../core/quotes.js';
import { TokenKind, type Doc, type Finding, type Fixer, type Range } from '../core/types.js';
import doubleAllowed from '../data/double-allowed.json' with { type: 'json' };
import repeatAllowed from '../data/repeat-allowed.json' with { type: 'json' };
import xAndXAllowed from '../data/x-and-x-allowed.json' with { type: 'json' };
import { findSentenceLoops } from './repeats/sentence-loop.js';
import { findXAndX } from './repeats/x-and-x.js';
import { copiesEqual, gapAfter, sameToken, startsSentence, tokenShapes, type RepeatScan } from './repeats/scan.js';

export interface RepeatedPhraseOptions {
  /** The longest phrase, in tokens, looked for as a repeat. */
  readonly maxPhraseTokens?: number;
}

const REPEAT_ALLOWED = new Set(Object.keys(repeatAllowed));
const DOUBLE_ALLOWED = new Set(Object.keys(doubleAllowed));
const X_AND_X_ALLOWED = new Set(Object.keys(xAndXAllowed));
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const SINGLE_LETTER_WORDS = new Set(['a', 'i']);
const CONJUNCTIONS = new Set(['and', 'but', 'nor', 'or']);
const PRONOUNS_AND_DETERMINERS = new Set(['a', 'an', 'he', 'her', 'his', 'i', 'it', 'my', 'our', 'she', 'that', 'the', 'their', 'these', 'they', 'this', 'those', 'we', 'you', 'your']);

export const repeatedPhrase: Fixer<RepeatedPhraseOptions> = {
  id: 'repeated-phrase',
  description: 'Removes words, phrases and sentences repeated in a row, and the "thanked and thanked" stutter.',
  create(options) {
    const maxTokens = options.maxPhraseTokens ?? 16;
    return (doc) => {
      const scan: RepeatScan = {
        doc,
        quotes: quotedRanges(doc),
        shapes: tokenShapes(doc),
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
  const { doc, claimed, shapes } = scan;
  const next = nextSameShape(shapes);
  for (let i = 0; i < doc.tokenCount; i++) {
    if (doc.kinds[i] !== TokenKind.Word || claimed[i]) continue;
    // Only the next tokens of the same shape can start a second copy: follow that chain, not every n.
    for (let j = next[i]!; j !== -1 && j - i <= maxTokens && i + 2 * (j - i) <= doc.tokenCount; j = next[j]!) {
      const n = j - i;
      if (shapes[i] !== shapes[j] || !sameToken(doc, i, j) || !isCopy(scan, i, j, n) || !isRepeatablePhrase(scan, i, n)) continue;
      let times = 2;
      while (i + (times + 1) * n <= doc.tokenCount && gapAfter(doc, i + times * n - 1) === 'space' && isCopy(scan, i, i + times * n, n)) {
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

/** For each token, the next token whose shape hashes the same (-1: none); one pass from the end. */
function nextSameShape(shapes: Uint32Array): Int32Array {
  const next = new Int32Array(shapes.length);
  const last = new Int32Array(1 << 16).fill(-1);
  for (let i = shapes.length - 1; i >= 0; i--) {
    const hash = (shapes[i]! ^ (shapes[i]! >>> 16)) & 0xffff;
    next[i] = last[hash]!;
    last[hash] = i;
  }
  return next;
}

/**
 * A phrase that may repeat: words and numbers only (a comma makes "very, very" emphasis), not starting or
 * ending on a conjunction ("years and years and years" is an idiom of degree), nothing protected or claimed, one paragraph,
 * and white space before the next copy (not "wow!wow").
 */
function isRepeatablePhrase({ doc, claimed }: RepeatScan, start: number, n: number): boolean {
  for (let i = start; i < start + n; i++) {
    if ((doc.kinds[i] !== TokenKind.Word && doc.kinds[i] !== TokenKind.Number) || claimed[i]) return false;
    if (i < start + n - 1 && gapAfter(doc, i) === 'paragraph') return false;
  }
  const isConjunction = (i: number): boolean => CONJUNCTIONS.has(doc.tokenText(i).toLowerCase());
  if (n > 1 && (isConjunction(start) || isConjunction(start + n - 1))) return false;
  return gapAfter(doc, start + n - 1) === 'space';
}

/** Whether the `n` tokens at `other` copy those at `start`: same words in the same case, but "The the". */
function isCopy({ doc, claimed }: RepeatScan, start: number, other: number, n: number): boolean {
  if (!copiesEqual(doc, start, other, n)) return false;
  for (let t = 0; t < n; t++) {
    if (claimed[other + t] || (t < n - 1 && gapAfter(doc, other + t) === 'paragraph')) return false;
    const a = doc.tokenText(start + t);
    const b = doc.tokenText(other + t);
    if (a !== b && !(t === 0 && a.slice(1) === b.slice(1) && a[0]!.toLowerCase() === b[0])) return false;
  }
  return true;
}

function judge(scan: RepeatScan, start: number, n: number, times: number): Finding | null {
  const { doc } = scan;
  const copy = doc.text.slice(doc.starts[start], doc.ends[start + n - 1]);
  const key = copy.toLowerCase();
  const end = doc.ends[start + times * n - 1]!;
  const range: Range = [doc.starts[start]!, end];
  if (REPEAT_ALLOWED.has(key) || (times === 2 && DOUBLE_ALLOWED.has(key))) return null;
  // Single letters and symbols other than "a" and "I" are variables and formulas: "x x", "Φ Φ".
  if (n === 1 && [...copy].length === 1 && !SINGLE_LETTER_WORDS.has(key)) return null;
  if (times < 3 && isInside(scan.quotes, range[0], range[1])) return null;
  // A heading on its own line, then a paragraph that starts with the same words ("Analysis\nAnalysis of").
  // Lower case, it is a line broken mid-sentence, as subtitles are: "we drove to the\nthe border".
  if (TITLE_CASE.test(copy) && startsLine(doc, start) && doc.text.slice(doc.ends[start + n - 1], doc.starts[start + n]).includes('\n')) return null;
  let confidence = n === 1 ? 0.9 : 0.95;
  if (n === 1 && TITLE_CASE.test(copy) && !startsSentence(doc, start)) {
    const second = doc.tokenText(start + 1);
    // "Will will" is a name then a word; "Sirhan Sirhan" may be a name we do not know: only suggest.
    if (!TITLE_CASE.test(second)) return null;
    confidence = 0.6;
  }
  // "makes a man a man", "when they spoke they spoke to": a phrase said twice from a pronoun or article
  // is as often meant as stuttered. Only suggest.
  if (n > 1 && times === 2 && PRONOUNS_AND_DETERMINERS.has(doc.tokenText(start).toLowerCase())) confidence = 0.6;
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

function startsLine(doc: Doc, index: number): boolean {
  return index === 0 || doc.text.slice(doc.ends[index - 1], doc.starts[index]).includes('\n');
}
