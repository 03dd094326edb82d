import { TokenKind } from '../../core/types.js';
import { copiesEqual, dropAfter, gapAfter, isWordRun, type RepeatScan } from './scan.js';

const MAX_TOKENS = 8;
const CONJUNCTIONS = new Set(['and', 'but', 'or']);
/**
 * Copies with commas between that make a loop, by the phrase's length in words: "very, very", "no, no,
 * no, no" and "let it go, let it go, let it go" are emphasis; "I love it, I love it, I love it, I love it"
 * and "ну, ну, ну, ну, ну, ну" are a recogniser or a translation engine stuck.
 */
const LOOP_AT = [0, 6, 4, 4];
/** A clause of this many tokens and more said twice, the second copy ending its sentence, is an echo. */
const ECHOED_CLAUSE = 4;
/** . ! ? ; by character code. */
const CLAUSE_END = new Set([46, 33, 63, 59]);

/** A phrase said over and over with commas (and "and", "but") between: keep the first copy. */
export function findCommaLoops(scan: RepeatScan): void {
  const { doc, claimed } = scan;
  for (let comma = 1; comma < doc.tokenCount - 1; comma++) {
    if (doc.text.charCodeAt(doc.start(comma)) !== 44 || doc.kinds[comma] !== TokenKind.Punct || claimed[comma]) continue;
    const second = copyAfter(scan, comma);
    if (second === -1) continue;
    for (let n = 1; n <= MAX_TOKENS && comma - n >= 0 && second + n <= doc.tokenCount; n++) {
      const first = comma - n;
      if (!isWordRun(scan, first, 1)) break;
      // Shapes first: the phrase's first and last tokens must match the next copy's.
      if (scan.shapes[first] !== scan.shapes[second] || scan.shapes[comma - 1] !== scan.shapes[second + n - 1]) continue;
      if (!isWordRun(scan, first, n) || !isWordRun(scan, second, n) || !copiesEqual(doc, first, second, n)) continue;
      let times = 2;
      let end = second + n;
      for (let next = copyAfter(scan, end); next !== -1 && next + n <= doc.tokenCount && isWordRun(scan, next, n) && copiesEqual(doc, first, next, n); next = copyAfter(scan, end)) {
        times++;
        end = next + n;
      }
      // "we stand behind him, we stand behind him.": a clause of four words or more said again to end it, as
      // machine translation does, and as a speech or a song does on purpose. Only suggest.
      const echoEnd = times === 2 && n >= ECHOED_CLAUSE && (end === doc.tokenCount || CLAUSE_END.has(doc.text.charCodeAt(doc.start(end))));
      if (times >= LOOP_AT[Math.min(n, 3)]! || echoEnd) {
        const range = [doc.start(first), doc.end(end - 1)] as const;
        const phrase = doc.text.slice(range[0], doc.ends[comma - 1]);
        scan.findings.push({
          fixer: 'repeated-phrase',
          rule: 'repeated-phrase',
          message: echoEnd
            ? `\`${phrase}\` is said twice to end the sentence: keep one, unless it is meant`
            : `\`${phrase}\` is repeated ${times} times with commas between; keep one`,
          range,
          expected: [phrase],
          // An echo at a sentence's end may be meant: a suggestion, whatever the threshold.
          ...(echoEnd ? {} : { fix: dropAfter(doc, comma - 1, end - 1) }),
          confidence: echoEnd ? 0.6 : 0.9,
        });
        claimed.fill(1, first, end);
        comma = end;
      }
      break;
    }
  }
}

/** Where the copy after the phrase ending at `end` starts: past ", " or ", and "; -1 if no comma follows. */
function copyAfter({ doc }: RepeatScan, end: number): number {
  if (end + 1 >= doc.tokenCount || doc.text.charCodeAt(doc.start(end)) !== 44 || doc.end(end) - doc.start(end) !== 1 || gapAfter(doc, end) !== 'space') return -1;
  const length = doc.end(end + 1) - doc.start(end + 1);
  // "and", "but", "or": two or three letters, looked at only then.
  return (length === 2 || length === 3) && CONJUNCTIONS.has(doc.tokenText(end + 1).toLowerCase()) ? end + 2 : end + 1;
}
