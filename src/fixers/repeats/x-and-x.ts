import { TokenKind, type Range } from '../../core/types.js';
import context from '../../data/repeat-context.json' with { type: 'json' };
import { copiesEqual, dropAfter, gapAfter, isWordRun, sameToken, type RepeatScan } from './scan.js';

const LOWER_LETTERS = /^\p{Ll}{3,}$/u;
/** Comparatives ("better and better") and plurals ("miles and miles") are idioms of degree, not stutters. */
const DEGREE_IDIOM = /(?:er|s)$/u;
/** "between X and X", "both X and X" pair two things that happen to share a name. */
const PAIRING_WORDS = new Set(['between', 'both']);
const DETERMINERS = new Set(Object.keys(context['after-determiner']));
const OPEN_ENDERS = new Set(Object.keys(context['open-enders']));
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?']);
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
 * past-tense verb followed by its object ("thanked and thanked US officials") and a noun after its
 * determiner ending a clause ("for its work and work.") are fixed; any other lower-case word is a suggestion.
 */
export function findXAndX(scan: RepeatScan, allowed: ReadonlySet<string>): void {
  const { doc, claimed, shapes } = scan;
  for (let i = 0; i + 2 < doc.tokenCount; i++) {
    if (shapes[i] !== shapes[i + 2] || doc.kinds[i] !== TokenKind.Word || claimed[i] || claimed[i + 2] || !sameToken(doc, i, i + 2)) continue;
    const word = doc.tokenText(i);
    if (doc.tokenText(i + 1) !== 'and' || !LOWER_LETTERS.test(word) || doc.tokenText(i + 2) !== word) continue;
    if (allowed.has(word) || DEGREE_IDIOM.test(word)) continue;
    if (gapAfter(doc, i) !== 'space' || gapAfter(doc, i + 1) !== 'space') continue;
    const before = i > 0 ? doc.tokenText(i - 1).toLowerCase() : '';
    if (PAIRING_WORDS.has(before)) continue;
    // "postponed and postponed and postponed": three times is rhetoric.
    if (doc.tokenText(i + 3) === 'and' && doc.tokenText(i + 4) === word) continue;
    const range: Range = [doc.start(i), doc.end(i + 2)];
    const next = i + 3 < doc.tokenCount && gapAfter(doc, i + 2) === 'space' && doc.kinds[i + 3] === TokenKind.Word ? doc.tokenText(i + 3) : null;
    const verbWithObject = word.endsWith('ed') && next !== null && !NOT_AN_OBJECT.has(next.toLowerCase());
    const nounEndingClause = DETERMINERS.has(before) && (i + 3 >= doc.tokenCount || CLAUSE_END.has(doc.tokenText(i + 3)));
    const stutter = verbWithObject || nounEndingClause;
    const actual = doc.text.slice(range[0], range[1]);
    scan.findings.push({
      fixer: 'repeated-phrase',
      rule: 'x-and-x',
      message: stutter
        ? `\`${actual}\` says \`${word}\` twice; keep one`
        : `\`${actual}\` may say \`${word}\` twice, or mean it ("milk and milk products"): check`,
      range,
      expected: [word],
      ...(stutter ? { fix: dropAfter(doc, i, i + 2) } : {}),
      confidence: stutter ? 0.85 : 0.5,
    });
    claimed.fill(1, i, i + 3);
    i += 2;
  }
  findPhraseAndPhrase(scan);
}

/**
 * A phrase that cannot end where it does, said twice with "and" between: "are ready to and are ready to
 * leave" → "are ready to leave". A phrase ending on a preposition or determiner leaves nothing to pair.
 */
function findPhraseAndPhrase(scan: RepeatScan): void {
  const { doc, claimed } = scan;
  for (let and = 2; and < doc.tokenCount; and++) {
    // "and" by its character codes: this looks at every word.
    const at = doc.start(and);
    if (doc.end(and) - at !== 3 || doc.text.charCodeAt(at) !== 97 || doc.text.charCodeAt(at + 1) !== 110 || doc.text.charCodeAt(at + 2) !== 100) continue;
    if (doc.kinds[and] !== TokenKind.Word || doc.end(and - 1) - doc.start(and - 1) > 7 || !OPEN_ENDERS.has(doc.tokenText(and - 1).toLowerCase())) continue;
    for (let n = 2; n <= 6 && and - n >= 0 && and + n < doc.tokenCount; n++) {
      const first = and - n;
      if (!copiesEqual(doc, first, and + 1, n) || !isWordRun(scan, first, 2 * n + 1)) continue;
      const range: Range = [doc.start(first), doc.end(and + n)];
      const phrase = doc.text.slice(doc.starts[first], doc.ends[and - 1]);
      scan.findings.push({
        fixer: 'repeated-phrase',
        rule: 'x-and-x',
        message: `\`${phrase}\` cannot end before \`and\`: it is said twice; keep one`,
        range,
        expected: [phrase],
        fix: dropAfter(doc, and - 1, and + n),
        confidence: 0.85,
      });
      claimed.fill(1, first, and + n + 1);
      break;
    }
  }
}
