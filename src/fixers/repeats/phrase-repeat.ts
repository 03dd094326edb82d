import { TokenKind, type Doc } from '../../core/types.js';
import { judge } from './phrase-judge.js';
import { gapAfter, isWordRun, sameToken, startsLine, type RepeatScan } from './scan.js';

const CONJUNCTIONS = new Set(['and', 'but', 'nor', 'or']);

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

/**
 * For each token, the next token whose shape hashes the same (-1: none); one pass from the end. The table
 * of the last token of each hash is sized to the chunk (a fixed 65,536 filled for every chunk wrote 340 MB
 * a pass on Brown): more shapes share a hash, and the chain's shape test passes over them.
 */
function nextSameShape(shapes: Uint32Array): Int32Array {
  const next = new Int32Array(shapes.length);
  let size = 16;
  while (size < 2 * shapes.length && size < 1 << 16) size *= 2;
  const last = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let i = shapes.length - 1; i >= 0; i--) {
    const hash = (shapes[i]! ^ (shapes[i]! >>> 16)) & mask;
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
function isRepeatablePhrase(scan: RepeatScan, start: number, n: number): boolean {
  const { doc } = scan;
  // Glued to the word before, it is the end of that word: "a.k.a a superhero", "e.g. g".
  if (start > 0 && gapAfter(doc, start - 1) === 'none' && doc.kinds[start - 1] !== TokenKind.Punct) return false;
  if (start > 1 && gapAfter(doc, start - 1) === 'none' && doc.tokenText(start - 1) === '.' && gapAfter(doc, start - 2) === 'none') return false;
  if (!isWordRun(scan, start, n)) return false;
  const isConjunction = (i: number): boolean => CONJUNCTIONS.has(doc.tokenText(i).toLowerCase());
  if (n > 1 && (isConjunction(start) || isConjunction(start + n - 1))) return false;
  return gapAfter(doc, start + n - 1) === 'space';
}

/** Whether the `n` tokens at `other` copy those at `start`: same words in the same case, but "The the". */
function isCopy({ doc, claimed }: RepeatScan, start: number, other: number, n: number): boolean {
  for (let t = 0; t < n; t++) {
    if (claimed[other + t] || (t < n - 1 && gapAfter(doc, other + t) === 'paragraph')) return false;
    if (!sameSpelling(doc, start + t, other + t, t === 0)) return false;
  }
  return true;
}

/**
 * Whether two tokens are spelled the same, compared in place (a name-dense line compares thousands); the
 * first may be capitalised where its copy is not. Alike but for case, as `copiesEqual` asks, follows.
 */
function sameSpelling(doc: Doc, a: number, b: number, capitalFirst: boolean): boolean {
  const text = doc.text;
  const from = doc.start(a);
  const to = doc.start(b);
  const length = doc.end(a) - from;
  if (doc.end(b) - to !== length) return false;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(from + k);
    const y = text.charCodeAt(to + k);
    if (x !== y && !(capitalFirst && k === 0 && String.fromCharCode(x).toLowerCase() === String.fromCharCode(y))) return false;
  }
  return true;
}
