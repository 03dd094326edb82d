import type { IndexedName } from '../../glossary/compile.js';
import type { Guess } from './guess.js';
import type { WordRun } from './word-run.js';
import { remembered } from '../../core/remembered.js';

type Judged = Omit<Guess, 'start'> | null;

/**
 * Answers about a stem that depend on the stem alone, with the pipeline's index and lexicon: kept for as
 * long as the pipeline, across chunks and documents (asked afresh in every chunk, they were 8% of a run on
 * Brown, a chunk having mostly the stems the chunks before it had). Each table starts again past `limit`.
 */
export class StemAnswers {
  private readonly keysByStem = new Map<string, readonly string[]>();
  private readonly ordinary = new Map<string, boolean>();
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly ask: StemQuestions,
    private readonly limit = 50_000,
  ) {}

  /** The sound keys a word is looked up by. */
  soundKeys(stem: string): readonly string[] {
    return remembered(this.keysByStem, stem, this.ask.soundKeys, this.limit);
  }

  /** Whether a stem is an ordinary word that starts no guess of its own. */
  isOrdinary(stem: string): boolean {
    return remembered(this.ordinary, stem, this.ask.isOrdinary, this.limit);
  }

  /** Whether a stem is English or a name a dictionary knows, which no guess at it alone can be. */
  isKnownWord(stem: string): boolean {
    return remembered(this.known, stem, this.ask.isKnownWord, this.limit);
  }
}

/** How `StemAnswers` works out each answer the first time, made once for the pipeline. */
export interface StemQuestions {
  readonly soundKeys: (stem: string) => readonly string[];
  readonly isOrdinary: (stem: string) => boolean;
  readonly isKnownWord: (stem: string) => boolean;
}

/**
 * One chunk's judgements of guesses, by name and by the words they read. A guess is judged from the
 * stems of its words alone (with the index, the lexicon and the document's counts, which do not change
 * during a check), so the same words against the same name come out the same wherever they stand: a
 * transcript that repeats a few names asks the same question thousands of times. What depends on a stem
 * alone is asked of the pipeline's `StemAnswers`.
 */
export class GuessMemo {
  /** For each name, a table per word of it judged alone (by its index), and one for whole phrases (last). */
  private readonly byName = new Map<IndexedName, Map<string, Judged>[]>();
  private readonly wordsByName = new Map<IndexedName, readonly number[]>();

  constructor(readonly stems: StemAnswers) {}

  /** Every word of a name, by index: the targets of a guess at the whole name. */
  allWords(name: IndexedName): readonly number[] {
    let words = this.wordsByName.get(name);
    if (!words) this.wordsByName.set(name, (words = name.words.map((_, i) => i)));
    return words;
  }

  judged(run: WordRun, name: IndexedName, start: number, targets: readonly number[], judge: () => Guess | null): Guess | null {
    let tables = this.byName.get(name);
    if (!tables) this.byName.set(name, (tables = []));
    // A word alone is keyed by its stem, a string the run already holds: nothing is made for the lookup.
    const lone = targets.length === 1;
    const slot = lone ? targets[0]! : name.words.length;
    const table = (tables[slot] ??= new Map());
    let key = run.stem(start);
    if (!lone) for (let k = 1; k < targets.length; k++) key += `|${run.stem(start + k)}`;
    const earlier = table.get(key);
    if (earlier !== undefined) return earlier && { ...earlier, start };
    const guess = judge();
    if (guess) {
      const { start: _start, ...rest } = guess;
      table.set(key, rest);
    } else {
      table.set(key, null);
    }
    return guess;
  }
}
