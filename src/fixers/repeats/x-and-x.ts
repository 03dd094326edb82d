import { isInside } from '../../core/quotes.js';
import { TokenKind, type Range } from '../../core/types.js';
import { gapAfter, type RepeatScan } from './scan.js';

const LETTERS = /^\p{L}{2,}$/u;
/** Comparatives ("better and better") and plurals ("miles and miles") are idioms of degree, not stutters. */
const DEGREE_IDIOM = /(?:er|s)$/u;
/** "between X and X", "both X and X" pair two things that happen to share a name. */
const PAIRING_WORDS = new Set(['between', 'both']);

/** The "X and X" stutter of machine translation: "thanked and thanked" → "thanked". */
export function findXAndX(scan: RepeatScan, allowed: ReadonlySet<string>): void {
  const { doc, keys, claimed } = scan;
  for (let i = 0; i + 2 < doc.tokenCount; i++) {
    if (keys[i] !== keys[i + 2] || doc.kinds[i] !== TokenKind.Word || claimed[i] || claimed[i + 2]) continue;
    const word = doc.tokenText(i);
    const lower = word.toLowerCase();
    if (doc.tokenText(i + 1).toLowerCase() !== 'and' || !LETTERS.test(word)) continue;
    if (allowed.has(lower) || DEGREE_IDIOM.test(lower)) continue;
    if (gapAfter(doc, i) !== 'space' || gapAfter(doc, i + 1) !== 'space') continue;
    if (i > 0 && PAIRING_WORDS.has(doc.tokenText(i - 1).toLowerCase())) continue;
    const range: Range = [doc.starts[i]!, doc.ends[i + 2]!];
    if (isInside(scan.quotes, range[0], range[1])) continue;
    scan.findings.push({
      fixer: 'repeated-phrase',
      rule: 'x-and-x',
      message: `\`${doc.text.slice(range[0], range[1])}\` says \`${word}\` twice; keep one`,
      range,
      actual: doc.text.slice(range[0], range[1]),
      expected: [word],
      fix: { range, text: word },
      confidence: 0.85,
    });
    claimed.fill(1, i, i + 3);
    i += 2;
  }
}
