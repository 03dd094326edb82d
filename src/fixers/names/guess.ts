import type { IndexedName, NameLookup } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { editDistance, type WordScore } from '../../match/fuzzy.js';
import { phoneticKeys, phoneticSimilarity, type SoundKeys } from '../../match/phonetic.js';
import { isAllCaps, isCapitalized, isPluralOf } from '../../match/normalize.js';
import { BUILTIN_WORD_LENGTH, loneWordDoubt, writtenOnce, type CountOf } from './doubt.js';
import { innerSlip } from '../../match/transliteration.js';
import type { WordRun } from './word-run.js';
import { isKnownName } from './stem-questions.js';
import { nameWordScore } from './word-score.js';

/** Below this a lone word is not close enough to be the name's word at all. */
export const WORD_FLOOR = 0.65;
/** Inside a phrase anchored by a word spelled right, a word need only be this close ("Enemy" for "Enemies"). */
const ANCHORED_WORD_FLOOR = 0.5;

/** A phrase of the text that may be a garbled name, and how sure that is. */
export interface Guess {
  readonly name: IndexedName;
  /** First word of the phrase in the text, and which of the name's words it spans (all, or the last alone). */
  readonly start: number;
  readonly targets: readonly number[];
  readonly scores: readonly WordScore[];
  /** Mean score over the words that are not connectors. */
  readonly score: number;
  /** Why a guess that scores high enough is only suggested, if it is. */
  readonly doubt?: string;
}

export type KeysOf = (word: string) => SoundKeys;

export type { CountOf };

/** Whether `targets` of `name`, read from word `start` on, are a garble of it, and how sure that is. */
export function evaluate(
  run: WordRun,
  name: IndexedName,
  start: number,
  targets: readonly number[],
  index: NameLookup,
  lexicon: Lexicon,
  keysOf: KeysOf,
  countOf: CountOf,
): Guess | null {
  // Connectors, capitals and other names' words are settled by the cheap tests; now the scores.
  if (!plausible(run, name, start, targets, index)) return null;
  const scores: WordScore[] = [];
  let exact = 0;
  let englishGuesses = 0;
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k]!;
    if (name.connectors[target]) continue;
    const folded = run.folded(start + k);
    const stem = run.stem(start + k);
    if (folded === name.folded[target]) {
      exact++;
      scores.push({ edit: 1, phonetic: 1, score: 1 });
      continue;
    }
    const score = nameWordScore(folded, keysOf(stem), name.folded[target]!, name.keys[target]!, {
      inPhrase: targets.length > 1,
      nameIsKnown: () => isKnownName(name.words[target]!, lexicon),
      wordIsKnown: () => isKnownName(stem, lexicon),
    });
    if (score.score < ANCHORED_WORD_FLOOR) return null;
    if (lexicon.isWord(stem.toLowerCase())) englishGuesses++;
    scores.push(score);
  }
  // With no word spelled right, every word must sound the same ("Train de Argu"), not merely be near
  // ("Mark Rubin" is someone else).
  if (exact === 0 && scores.some((s) => s.score < WORD_FLOOR || s.phonetic < 1)) return null;
  const builtin = name.entry.source === 'built-in';
  let doubt: string | null = null;
  if (scores.length === 1) {
    const stem = run.stem(start);
    // One word alone: never an ordinary English word or a name a dictionary knows (Mark, Marie, Columbia),
    // nor their plural (Sundays, Persians), nor a word of another shape than the name's own (IBM is not
    // Obama, U.N. not Juana, X-ray not Sarah).
    if (englishGuesses > 0 || isKnownName(stem, lexicon) || !sameShape(stem, name.words[targets[0]!]!)) return null;
    if (builtin && !loneBuiltinGuess(run, start, name, targets[0]!, scores[0]!, countOf)) return null;
    const folded = run.folded(start);
    const target = name.folded[targets[0]!]!;
    // The name's plural is its family or its people (the Stubblefields, Englanders), never a slip.
    if (isPluralOf(folded, target)) return null;
    // One letter inside the name, sounding the same: not its ending, which carries case and gender.
    const oneLetterOff = scores[0]!.phonetic === 1 && innerSlip(folded, target) !== null;
    doubt = loneWordDoubt(folded, target, isKnownName(name.words[targets[0]!]!, lexicon), countOf, oneLetterOff);
  } else if (builtin) {
    if (!phraseBuiltinGuess(run, start, name, targets, lexicon)) return null;
  } else if (exact === 0 && englishGuesses === scores.length) {
    // A phrase with no word spelled right must at least not be ordinary English ("Great Train").
    return null;
  }
  const score = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
  return doubt ? { name, start, targets, scores, score, doubt } : { name, start, targets, scores, score };
}

/**
 * The cheap tests first, before any edit distance: connectors spelled right, the other words capitalised
 * and not words of other names, something left to correct, and for a built-in name the shape it must have
 * (a long demonym alone, or a phrase with an exact distinctive word).
 */
function plausible(run: WordRun, name: IndexedName, start: number, targets: readonly number[], index: NameLookup): boolean {
  let words = 0;
  let exact = 0;
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k]!;
    const folded = run.folded(start + k);
    if (name.connectors[target]) {
      if (folded !== name.folded[target]) return false;
      continue;
    }
    words++;
    if (!isCapitalized(run.stem(start + k))) return false;
    if (folded === name.folded[target]) exact++;
    // A word that is itself part of a known name is that name, never a garble of another (Iraq, not Iran).
    else if (index.isNameWord(folded)) return false;
  }
  if (words === 0 || exact === words) return false;
  if (name.entry.source !== 'built-in') return true;
  return words === 1 ? name.entry.kind === 'demonym' && run.folded(start).length >= BUILTIN_WORD_LENGTH : exact > 0;
}

/**
 * Whether a lone word could be a garble of a name's word by its shape: an acronym or abbreviation (IBM,
 * U.N.) only of a name in capitals, a hyphenated word only of a hyphenated name.
 */
function sameShape(stem: string, nameWord: string): boolean {
  if (stem.includes('.') && !nameWord.includes('.')) return false;
  if (stem.includes('-') && !nameWord.includes('-')) return false;
  return !(stem.length > 1 && isAllCaps(stem) && !isAllCaps(nameWord));
}

/** A built-in name guessed from one word: a long demonym, sounding the same, a letter or two off, written once. */
function loneBuiltinGuess(run: WordRun, start: number, name: IndexedName, target: number, score: WordScore, countOf: CountOf): boolean {
  const folded = run.folded(start);
  if (name.entry.kind !== 'demonym' || folded.length < BUILTIN_WORD_LENGTH || score.phonetic < 1) return false;
  // A spelling the author uses again and again is deliberate (Luxemburg for Rosa Luxemburg), not a slip.
  if (!writtenOnce(countOf(folded))) return false;
  return editDistance(folded, name.folded[target]!) <= (folded.length >= 9 ? 2 : 1);
}

/**
 * A built-in name guessed from a phrase: anchored on a distinctive word spelled right ("Salvador", not
 * "New" or "South"), every other word a letter off and sounding the same ("Al" for "El", not "Santa" for
 * "Saint" or "Deal" for "Delhi").
 */
function phraseBuiltinGuess(run: WordRun, start: number, name: IndexedName, targets: readonly number[], lexicon: Lexicon): boolean {
  let anchored = false;
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k]!;
    const folded = run.folded(start + k);
    if (name.connectors[target]) continue;
    if (folded === name.folded[target]) {
      anchored ||= !lexicon.isWord(folded);
      continue;
    }
    if (editDistance(folded, name.folded[target]!) > 1 || phoneticSimilarity(name.keys[target]!, phoneticKeys(run.stem(start + k))) < 1) return false;
  }
  return anchored;
}
