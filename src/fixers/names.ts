import type { Doc, Finding } from '../core/types.js';
import type { Fixer } from './types.js';
import type { ExactForm, NameLookup } from '../glossary/compile.js';
import type { Lexicon } from '../glossary/types.js';
import { isUpper } from '../core/chars.js';
import { soundKeysCache } from '../match/phonetic.js';
import { foldedCensus } from './names/census.js';
import type { CountOf, Guess, KeysOf } from './names/guess.js';
import { GuessSearch } from './names/guess-search.js';
import { stemQuestions } from './names/stem-questions.js';
import { exactFinding, nameFinding, patternFindings, replacementFor } from './names/exact.js';
import { describeGuess } from './names/explain.js';
import { splitOrMergedName } from './names/split.js';
import { WordRun } from './names/word-run.js';
import { GuessMemo, StemAnswers } from './names/guess-memo.js';

/** A guess at or above this score is fixed; below, down to the word floor, it is a suggestion. */
export const NAME_FIX_SCORE = 0.8;
/** Two names scoring within this of each other are a tie, never fixed. */
const TIE_MARGIN = 0.02;

export const names: Fixer<Record<string, never>> = {
  id: 'names',
  description: 'Corrects misheard and mistranslated names from glossaries and built-in world names: Al Salvador → El Salvador, Sikot → CECOT.',
  create(_, env) {
    const { names: index, lexicon } = env;
    if (!index || !lexicon) throw new Error('the names fixer needs compiled names and a lexicon');
    const keysOf: KeysOf = soundKeysCache();
    const stems = new StemAnswers(stemQuestions(index, lexicon, keysOf));
    // How a lone word is guessed depends on how often the document writes it, read from the text as it is
    // now: once a loop is gone, a word it wrote three times may be a word written once.
    return (doc, context) => {
      // Whether the document writes a name itself, in any case: asked only of a split or merged name.
      const writesName = (name: string): boolean => context.memo(`writes:${name}`, (whole) => whole.memo('names-lower-text', (d) => d.text.toLowerCase()).includes(name.toLowerCase()));
      // A fact per word asked about, so a count changed elsewhere does not send this chunk to be checked again.
      return findNames(doc, { index, lexicon, keysOf, stems, writesName }, (folded) => context.memo(`count:${folded}`, (whole) => foldedCensus(whole).get(folded) ?? 0));
    };
  },
};

/** What finding names needs beside the chunk: the index, English, sounds, and the whole document's text. */
interface Lookups {
  readonly index: NameLookup;
  readonly lexicon: Lexicon;
  readonly keysOf: KeysOf;
  /** What the pipeline knows of each stem alone, across chunks. */
  readonly stems: StemAnswers;
  readonly writesName: (name: string) => boolean;
}

function findNames(doc: Doc, { index, lexicon, keysOf, stems, writesName }: Lookups, countOf: CountOf): Finding[] {
  const run = new WordRun(doc);
  const claimed = new Uint8Array(run.length);
  const findings: Finding[] = [];
  const claim = (start: number, n: number): void => void claimed.fill(1, start, start + n);
  const search = new GuessSearch(run, index, lexicon, keysOf, countOf, new GuessMemo(stems));
  // No closure in this loop's body may use its variables: V8 would then make a context for every word.
  for (let w = 0; w < run.length; w++) {
    if (claimed[w]) continue;
    const start = doc.start(run.tokens[w]!);
    const form = index.couldStartExact(doc.text, start, run.stemEnd(w)) ? exactFormAt(run, w, index) : undefined;
    if (form) {
      const finding = exactFinding(run, w, form, lexicon);
      if (finding) findings.push(finding);
      claim(w, form.folded.length);
      continue;
    }
    const split = index.hasSplits ? splitOrMergedName(run, w, index, lexicon, writesName) : null;
    if (split) {
      findings.push(split.finding);
      claim(w, split.words);
      continue;
    }
    if (!isUpper(doc.text.charCodeAt(start))) continue;
    // An ordinary English word ("The", "Mark") starts no guess of its own: a garbled name is found from its
    // other words ("Rubio" finds "Mark Rubio"), unless the word belongs to a name itself ("Alien").
    if (stems.isOrdinary(run.stem(w))) continue;
    const guesses = search.at(w).filter((g) => !claimed.subarray(g.start, g.start + g.targets.length).some(Boolean));
    if (guesses.length === 0) continue;
    guesses.sort((a, b) => b.score - a.score);
    const best = guesses[0]!;
    findings.push(guessFinding(run, best, rivalsOf(best, guesses)));
    claim(best.start, best.targets.length);
  }
  for (const { pattern, name } of index.patterns) findings.push(...patternFindings(doc, pattern, name));
  return findings;
}

function exactFormAt(run: WordRun, w: number, index: NameLookup): ExactForm | undefined {
  return index.exact(run.folded(w)).find((form) => matchesExactly(run, w, form));
}

/** The other names that score within a tie of the best guess. */
function rivalsOf(best: Guess, guesses: readonly Guess[]): Guess[] {
  return guesses.filter((g) => g.name !== best.name && g.name.entry.name !== best.name.entry.name && g.score >= best.score - TIE_MARGIN);
}

function matchesExactly(run: WordRun, w: number, form: ExactForm): boolean {
  const n = form.folded.length;
  if (!run.isPhrase(w, n)) return false;
  for (let k = 1; k < n; k++) if (run.folded(w + k) !== form.folded[k]) return false;
  return true;
}

function guessFinding(run: WordRun, guess: Guess, rivals: readonly Guess[]): Finding {
  const n = guess.targets.length;
  const range = run.span(guess.start, n);
  const actual = run.doc.text.slice(range[0], range[1]);
  const replacement = replacementFor(run, guess.start, n, guess.targets.map((t) => guess.name.words[t]!));
  const rule = n === 1 && guess.name.words.length > 1 ? 'surname' : 'sounds-like';
  if (rivals.length > 0) {
    const all = [guess, ...rivals].map((g) => `\`${g.name.entry.name}\` ${g.score.toFixed(2)}`).join(', ');
    // A candidate replaces the finding's range: only rivals over the same words can be one.
    const sameWords = rivals.filter((g) => g.start === guess.start && g.targets.length === n);
    const expected = [replacement, ...sameWords.map((g) => replacementFor(run, g.start, n, g.targets.map((t) => g.name.words[t]!)))];
    return { fixer: 'names', rule, message: `\`${actual}\` could be any of ${all}: not fixed`, range, expected, confidence: guess.score };
  }
  const message = describeGuess(run, guess, actual, replacement) + (guess.doubt ? `; only suggested: ${guess.doubt}` : '');
  const { fix, ...suggestion } = nameFinding(range, replacement, rule, message, guess.score);
  return guess.score >= NAME_FIX_SCORE && !guess.doubt ? { ...suggestion, fix: fix! } : suggestion;
}
