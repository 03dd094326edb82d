import { isInside } from '../../core/quotes.js';
import type { Finding, Range } from '../../core/types.js';
import context from '../../data/repeat-context.json' with { type: 'json' };
import repeatAllowed from '../../data/repeat-allowed.json' with { type: 'json' };
import { isConstruction, judgeDouble, type Verdict } from './doubles.js';
import { isHeadingThenParagraph } from './headings.js';
import { dropAfter, startsSentence, type RepeatScan } from './scan.js';

/** Words said again on purpose: reduplications, figures said aloud, interjections, intensifiers. */
const SPOKEN_DOUBLES = new Set([...Object.keys(repeatAllowed), ...Object.keys(context.interjections), ...Object.keys(context.intensifiers)]);
/** Figures said aloud are meant however long: "one zero zero zero zero zero seven" is an account number. */
const NUMBER_WORDS = new Set(Object.keys(context['number-words']));
/** Up to this many copies a spoken double is meant ("ha ha ha ha ha"), and a single letter a spelling; past it a loop. */
const SPOKEN_RUN = 8;
/** The copies of a spoken double kept when it loops. */
const MEANT_RUN = 3;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const SINGLE_LETTER_WORDS = new Set(['a', 'i']);
const PRONOUNS_AND_DETERMINERS = new Set(['a', 'an', 'he', 'her', 'his', 'i', 'it', 'my', 'our', 'she', 'that', 'the', 'their', 'these', 'they', 'this', 'those', 'we', 'you', 'your']);

/** The finding for `n` tokens from `start` said `times` times in a row, or null when it is meant. */
export function judge(scan: RepeatScan, start: number, n: number, times: number): Finding | null {
  const { doc } = scan;
  const copy = doc.text.slice(doc.starts[start], doc.ends[start + n - 1]);
  const key = copy.toLowerCase();
  const range: Range = [doc.start(start), doc.end(start + times * n - 1)];
  // Words said again on purpose (bye bye, ha ha, way way way more) and single letters other than "a" and
  // "I" (x x, b a s i c) are meant up to a few copies; past that a recogniser is looping, and the run people
  // say is kept ("s" ×60 → "s", "way" ×24 → "way way way").
  if (n === 1 && NUMBER_WORDS.has(key)) return null;
  const meant = n === 1 && SPOKEN_DOUBLES.has(key);
  const letter = n === 1 && [...copy].length === 1 && !SINGLE_LETTER_WORDS.has(key);
  if ((meant || letter) && times <= SPOKEN_RUN) return null;
  if (meant) return loopFinding(scan, start, times, MEANT_RUN);
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
    expected: [copy],
    ...(verdict === 'fix' ? { fix: dropAfter(doc, start + n - 1, start + times * n - 1) } : {}),
    confidence: verdict === 'fix' ? (n === 1 ? 0.9 : 0.95) : 0.6,
  };
}

/** A word meant a few times, looping: keep the run people say. */
function loopFinding({ doc }: RepeatScan, start: number, times: number, kept: number): Finding {
  const range: Range = [doc.start(start), doc.end(start + times - 1)];
  const run = doc.text.slice(range[0], doc.ends[start + kept - 1]);
  return {
    fixer: 'repeated-phrase',
    rule: 'repeated-word',
    message: `\`${doc.tokenText(start)}\` is repeated ${times} times in a row, a loop; keep ${kept}`,
    range,
    expected: [run],
    fix: dropAfter(doc, start + kept - 1, start + times - 1),
    confidence: 0.9,
  };
}
