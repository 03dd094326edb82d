import { isInside } from '../../core/quotes.js';
import { TokenKind, type Range } from '../../core/types.js';
import { gapAfter, sameToken, type RepeatScan } from './scan.js';

const LOWER_LETTERS = /^\p{Ll}{3,}$/u;
/** Comparatives ("better and better") and plurals ("miles and miles") are idioms of degree, not stutters. */
const DEGREE_IDIOM = /(?:er|s)$/u;
/** "between X and X", "both X and X" pair two things that happen to share a name. */
const PAIRING_WORDS = new Set(['between', 'both']);
/**
 * After "reached and reached" a preposition, adverb or conjunction means emphasis ("reached and reached
 * around the dress", "hunted and hunted as we always did"); an object means a stutter ("thanked and
 * thanked US officials").
 */
const NOT_AN_OBJECT = new Set([
  'about', 'across', 'after', 'again', 'against', 'along', 'and', 'around', 'as', 'at', 'away', 'back', 'because',
  'before', 'behind', 'but', 'by', 'down', 'for', 'from', 'in', 'into', 'like', 'off', 'on', 'onto', 'or', 'out',
  'over', 'past', 'so', 'still', 'then', 'through', 'till', 'to', 'toward', 'towards', 'under', 'until', 'up',
  'upon', 'when', 'while', 'with', 'without',
]);

/**
 * The "X and X" stutter of machine translation, where a pair of synonyms came out as one word twice.
 * Edited English says "X and X" on purpose too ("milk and milk products", "stare and stare"), so only a
 * past-tense verb followed by its object is fixed ("thanked and thanked US officials" → "thanked US
 * officials"); any other lower-case word is a suggestion.
 */
export function findXAndX(scan: RepeatScan, allowed: ReadonlySet<string>): void {
  const { doc, claimed, shapes } = scan;
  for (let i = 0; i + 2 < doc.tokenCount; i++) {
    if (shapes[i] !== shapes[i + 2] || doc.kinds[i] !== TokenKind.Word || claimed[i] || claimed[i + 2] || !sameToken(doc, i, i + 2)) continue;
    const word = doc.tokenText(i);
    if (doc.tokenText(i + 1) !== 'and' || !LOWER_LETTERS.test(word) || doc.tokenText(i + 2) !== word) continue;
    if (allowed.has(word) || DEGREE_IDIOM.test(word)) continue;
    if (gapAfter(doc, i) !== 'space' || gapAfter(doc, i + 1) !== 'space') continue;
    if (i > 0 && PAIRING_WORDS.has(doc.tokenText(i - 1).toLowerCase())) continue;
    // "postponed and postponed and postponed": three times is rhetoric.
    if (doc.tokenText(i + 3) === 'and' && doc.tokenText(i + 4) === word) continue;
    const range: Range = [doc.starts[i]!, doc.ends[i + 2]!];
    if (isInside(scan.quotes, range[0], range[1])) continue;
    const next = i + 3 < doc.tokenCount && doc.kinds[i + 3] === TokenKind.Word && gapAfter(doc, i + 2) === 'space' ? doc.tokenText(i + 3) : null;
    const stutter = word.endsWith('ed') && next !== null && !NOT_AN_OBJECT.has(next.toLowerCase());
    const actual = doc.text.slice(range[0], range[1]);
    scan.findings.push({
      fixer: 'repeated-phrase',
      rule: 'x-and-x',
      message: stutter
        ? `\`${actual}\` says \`${word}\` twice; keep one`
        : `\`${actual}\` may say \`${word}\` twice, or mean it ("milk and milk products"): check`,
      range,
      actual,
      expected: [word],
      fix: { range, text: word },
      confidence: stutter ? 0.85 : 0.5,
    });
    claimed.fill(1, i, i + 3);
    i += 2;
  }
}
