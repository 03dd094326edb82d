import { isInside } from '../../core/quotes.js';
import { TokenKind, type Finding, type Range } from '../../core/types.js';
import context from '../../data/repeat-context.json' with { type: 'json' };
import repeatAllowed from '../../data/repeat-allowed.json' with { type: 'json' };
import { isConstruction, judgeDouble, type Verdict } from './doubles.js';
import { isHeadingThenParagraph } from './headings.js';
import { copiesEqual, dropAfter, gapAfter, sameToken, startsLine, startsSentence, type RepeatScan } from './scan.js';

const REPEAT_ALLOWED = new Set(Object.keys(repeatAllowed));
/** Figures said aloud ("twenty twenty") and interjections ("yum yum", "tick tick"): said again on purpose. */
const SPOKEN_DOUBLES = new Set([...Object.keys(context['number-words']), ...Object.keys(context.interjections)]);
/** Up to this many copies a spoken double is meant ("nine nine nine"), and a single letter a spelling. */
const SPOKEN_RUN = 4;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const SINGLE_LETTER_WORDS = new Set(['a', 'i']);
const CONJUNCTIONS = new Set(['and', 'but', 'nor', 'or']);
const PRONOUNS_AND_DETERMINERS = new Set(['a', 'an', 'he', 'her', 'his', 'i', 'it', 'my', 'our', 'she', 'that', 'the', 'their', 'these', 'they', 'this', 'those', 'we', 'you', 'your']);

/** Words and phrases of up to `maxTokens` tokens said twice or more in a row: "warmly warmly warmed". */
export function findPhraseRepeats(scan: RepeatScan, maxTokens: number): void {
  const { doc, claimed, shapes } = scan;
  const next = nextSameShape(shapes);
  for (let i = 0; i < doc.tokenCount; i++) {
    if (doc.kinds[i] !== TokenKind.Word || claimed[i]) continue;
    // Only the next tokens of the same shape can start a second copy: follow that chain, not every n.
    for (let j = next[i]!; j !== -1 && j - i <= maxTokens && i + 2 * (j - i) <= doc.tokenCount; j = next[j]!) {
      const n = j - i;
      if (shapes[i] !== shapes[j] || !sameToken(doc, i, j) || !isCopy(scan, i, j, n) || !isRepeatablePhrase(scan, i, n)) continue;
      const times = countCopies(scan, i, n);
      const start = lineAligned(scan, i, n, times);
      const finding = judge(scan, start, n, times);
      if (finding) {
        scan.findings.push(finding);
        claimed.fill(1, start, start + times * n);
      }
      i = start + times * n - 1;
      break;
    }
  }
}

function countCopies(scan: RepeatScan, start: number, n: number): number {
  let times = 2;
  while (start + (times + 1) * n <= scan.doc.tokenCount && gapAfter(scan.doc, start + times * n - 1) === 'space' && isCopy(scan, start, start + times * n, n)) {
    times++;
  }
  return times;
}

/**
 * Lines looping from mid-line ("for the\nEclipse Foundation I work in the\nEclipse Foundation I work in
 * the") are read as copies that start a line, as many as the first reading found: a subtitle cue then
 * loses whole lines, and keeps its own.
 */
function lineAligned(scan: RepeatScan, start: number, n: number, times: number): number {
  if (startsLine(scan.doc, start)) return start;
  for (let k = 1; k < n; k++) {
    const shifted = start + k;
    if (!startsLine(scan.doc, shifted) || shifted + 2 * n > scan.doc.tokenCount) continue;
    if (isCopy(scan, shifted, shifted + n, n) && isRepeatablePhrase(scan, shifted, n) && countCopies(scan, shifted, n) >= times) return shifted;
  }
  return start;
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
  // Glued to the word before, it is the end of that word: "a.k.a a superhero", "e.g. g".
  if (start > 0 && gapAfter(doc, start - 1) === 'none' && doc.kinds[start - 1] !== TokenKind.Punct) return false;
  if (start > 1 && gapAfter(doc, start - 1) === 'none' && doc.tokenText(start - 1) === '.' && gapAfter(doc, start - 2) === 'none') return false;
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
  const range: Range = [doc.starts[start]!, doc.ends[start + times * n - 1]!];
  if (REPEAT_ALLOWED.has(key)) return null;
  // Single letters and symbols other than "a" and "I" are variables, formulas and spellings ("x x", "Φ Φ",
  // "b a s i c"); past a few copies they are speech recognition stuck on a sound ("s s s s s s").
  if (n === 1 && [...copy].length === 1 && !SINGLE_LETTER_WORDS.has(key) && times <= SPOKEN_RUN) return null;
  if (n === 1 && SPOKEN_DOUBLES.has(key) && times <= SPOKEN_RUN) return null;
  if (isHeadingThenParagraph(doc, start, n, times, copy)) return null;
  let verdict: Verdict = 'fix';
  if (times === 2) verdict = n === 1 ? (judgeDouble(doc, start) ?? 'fix') : isConstruction(doc, start, n) ? 'keep' : 'fix';
  // "I know him I know him", "the boy the boy": said twice from a pronoun or article, a phrase is as often
  // meant (narration, lyrics) as stuttered. Dialogue opening on a doubled word ("“Wait wait”") is written as
  // spoken. Only suggest both.
  if (verdict === 'fix' && times === 2 && n > 1 && PRONOUNS_AND_DETERMINERS.has(doc.tokenText(start).toLowerCase())) verdict = 'suggest';
  if (verdict === 'fix' && times === 2 && n === 1 && startsSentence(doc, start) && isInside(scan.quotes, range[0], range[1])) verdict = 'suggest';
  // "Sirhan Sirhan" may be a name we do not know: only suggest.
  if (verdict === 'fix' && n === 1 && times === 2 && TITLE_CASE.test(copy) && !startsSentence(doc, start) && TITLE_CASE.test(doc.tokenText(start + 1))) verdict = 'suggest';
  // "Will will", "Mark mark": a capitalised word inside a sentence, then itself in lower case, is a name.
  if (n === 1 && TITLE_CASE.test(copy) && !startsSentence(doc, start) && !TITLE_CASE.test(doc.tokenText(start + 1))) return null;
  if (verdict === 'keep') return null;
  return {
    fixer: 'repeated-phrase',
    rule: n === 1 ? 'repeated-word' : 'repeated-phrase',
    message: verdict === 'fix' ? `\`${copy}\` is repeated ${times} times in a row; keep one` : `\`${copy}\` is repeated ${times} times in a row: keep one, unless it is meant`,
    range,
    actual: doc.text.slice(range[0], range[1]),
    expected: [copy],
    fix: dropAfter(doc, start + n - 1, start + times * n - 1),
    confidence: verdict === 'fix' ? (n === 1 ? 0.9 : 0.95) : 0.6,
  };
}
