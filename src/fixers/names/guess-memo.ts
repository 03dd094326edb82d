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

/** Judgements of the phrases of one name's words, nested by each word's stem: no key is made per lookup. */
type JudgedByStems = Map<string, Judged | JudgedByStems>;

/**
 * One chunk's judgements of guesses, by name and by the words they read. A guess is judged from the
 * stems of its words alone (with the index, the lexicon and the document's counts, which do not change
 * during a check), so the same words against the same name come out the same wherever they stand: a
 * transcript that repeats a few names asks the same question thousands of times. What depends on a stem
 * alone is asked of the pipeline's `StemAnswers`.
 */
export class GuessMemo {
  /** For each name, a table per word of it judged alone (by its index), and one for whole phrases (last). */
  private readonly byName = new Map<IndexedName, JudgedByStems[]>();
  private readonly wordsByName = new Map<IndexedName, readonly number[]>();
  private readonly loneByName = new Map<IndexedName, (readonly number[])[]>();

  constructor(readonly stems: StemAnswers) {}

  /** Every word of a name, by index: the targets of a guess at the whole name. */
  allWords(name: IndexedName): readonly number[] {
    let words = this.wordsByName.get(name);
    if (!words) this.wordsByName.set(name, (words = name.words.map((_, i) => i)));
    return words;
  }

  /** The targets of a guess at one word of a name alone. */
  lone(name: IndexedName, word: number): readonly number[] {
    let targets = this.loneByName.get(name);
    if (!targets) this.loneByName.set(name, (targets = []));
    return (targets[word] ??= [word]);
  }

  /** The judgement of these words as this name's, without its start; undefined when not judged yet. */
  known(run: WordRun, name: IndexedName, start: number, targets: readonly number[]): Judged | undefined {
    let table: JudgedByStems | undefined = this.tableOf(name, targets);
    for (let k = 0; k < targets.length - 1 && table; k++) table = table.get(run.stem(start + k)) as JudgedByStems | undefined;
    return table?.get(run.stem(start + targets.length - 1)) as Judged | undefined;
  }

  remember(run: WordRun, name: IndexedName, start: number, targets: readonly number[], guess: Guess | null): void {
    let table = this.tableOf(name, targets);
    for (let k = 0; k < targets.length - 1; k++) {
      const stem = run.stem(start + k);
      let inner = table.get(stem) as JudgedByStems | undefined;
      if (!inner) table.set(stem, (inner = new Map()));
      table = inner;
    }
    let judged: Judged = null;
    if (guess) {
      const { start: _start, ...rest } = guess;
      judged = rest;
    }
    table.set(run.stem(start + targets.length - 1), judged);
  }

  private tableOf(name: IndexedName, targets: readonly number[]): JudgedByStems {
    let tables = this.byName.get(name);
    if (!tables) this.byName.set(name, (tables = []));
    // A word alone is keyed by its stem; a phrase, nested by each of its words' stems.
    const slot = targets.length === 1 ? targets[0]! : name.words.length;
    return (tables[slot] ??= new Map());
  }
}
