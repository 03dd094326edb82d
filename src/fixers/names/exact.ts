import { alreadyReads, feedsItself, reflagged, replacementOf } from '../../glossary/pattern-rule.js';
import type { Doc, Finding, Range } from '../../core/types.js';
import type { ExactForm, IndexedName } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { isAllCaps } from '../../match/normalize.js';
import { describeOrigin } from './explain.js';
import type { WordRun } from './word-run.js';

/** The names fixer's findings for a name written in a form it knows: listed, lent, or the name itself. */

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);
/** The canonical name, or its last word alone, written into the phrase's own gaps and case style. */
export function replacementFor(run: WordRun, start: number, n: number, words: readonly string[]): string {
  let text = '';
  words.forEach((word, k) => {
    if (k > 0) text += k < n ? run.gapAfter(start + k - 1) : ' ';
    // A name's leading article takes the case of the sentence it is in: "met the Beatles", "The Beatles met".
    const written = k === 0 && n > 1 ? run.stem(start) : '';
    text += LEADING_ARTICLES.has(word.toLowerCase()) && written.toLowerCase() === word.toLowerCase() ? written : word;
  });
  const shouting = Array.from({ length: n }, (_, k) => run.stem(start + k)).every((stem) => isAllCaps(stem) && stem.length > 1);
  return shouting && !words.every(isAllCaps) ? text.toUpperCase() : text;
}

export function exactFinding(run: WordRun, w: number, form: ExactForm, lexicon: Lexicon): Finding | null {
  const n = form.folded.length;
  // The name as written, the common case: nothing to build or compare.
  if (n === 1 && form.variant === null && run.stem(w) === form.name.entry.name) return null;
  const range = run.span(w, n);
  const actual = run.doc.text.slice(range[0], range[1]);
  const replacement = replacementFor(run, w, n, form.words);
  if (replacement === actual) return null;
  const origin = describeOrigin(form.name.entry);
  if (form.variant !== null) {
    const known = form.name.entry.variantNotes?.[form.variant];
    // A spelling the glossary did not list is not read in lower case where it is a word: "chicken kiev" is
    // a dish. (Capitalised, "Chicken Kiev" is taken for the place: the glossary chose Kyiv.)
    if (known && n === 1 && actual === actual.toLowerCase() && lexicon.isWord(actual)) return null;
    if (known) return nameFinding(range, replacement, 'known-form', `\`${actual}\` is \`${form.name.entry.name}\` (${origin}): ${known}`, 0.95);
    return nameFinding(range, replacement, 'listed-variant', `\`${actual}\` is a listed variant of \`${form.name.entry.name}\` (${origin})`, 0.95);
  }
  // Same letters, other case or accents. Headlines in capitals keep them; "china" and "turkey" are words.
  if (isAllCaps(actual)) return null;
  if (n === 1 && actual === actual.toLowerCase() && lexicon.isWord(actual)) return null;
  if (form.name.entry.source === 'built-in' && actual.toLowerCase() !== replacement.toLowerCase()) return null;
  return nameFinding(range, replacement, 'canonical-spelling', `\`${actual}\` is written \`${replacement}\` (${origin})`, 0.9);
}

export function patternFindings(doc: Doc, pattern: RegExp, name: IndexedName): Finding[] {
  const findings: Finding[] = [];
  // Made by the pattern's own class, so a glossary's linear-time engine runs the replacement too.
  const single = reflagged(pattern, pattern.flags.replace('g', ''));
  for (const match of doc.text.matchAll(pattern)) {
    const actual = match[0];
    const replacement = replacementOf(actual, single, name.entry.name);
    const range: Range = [match.index, match.index + actual.length];
    if (actual === '' || replacement === actual || alreadyReads(doc.text, range[0], range[1], replacement)) continue;
    const message = `\`${actual}\` matches ${pattern} of \`${name.entry.name}\` (${describeOrigin(name.entry)})`;
    const { fix, ...suggestion } = nameFinding(range, replacement, 'listed-variant', message, 0.95);
    // A replacement the rule would rewrite again ("$1$1" over \w+) is offered, never written.
    if (!feedsItself(pattern, single, name.entry.name, replacement)) findings.push({ ...suggestion, fix: fix! });
    else findings.push({ ...suggestion, message: `${message}; not fixed: the rule would rewrite its own \`${replacement}\`` });
  }
  return findings;
}

export function nameFinding(range: Range, replacement: string, rule: string, message: string, confidence: number): Finding {
  return { fixer: 'names', rule, message, range, expected: [replacement], fix: { range, text: replacement }, confidence };
}
