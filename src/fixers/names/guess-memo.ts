import type { IndexedName } from '../../glossary/compile.js';
import type { Guess } from './guess.js';
import type { WordRun } from './word-run.js';

type Judged = Omit<Guess, 'start'> | null;

/**
 * One chunk's judgements of guesses, by name and by the words they read. A guess is judged from the
 * stems of its words alone (with the index, the lexicon and the document's counts, which do not change
 * during a check), so the same words against the same name come out the same wherever they stand: a
 * transcript that repeats a few names asks the same question thousands of times.
 */
export class GuessMemo {
  /** For each name, a table per word of it judged alone (by its index), and one for whole phrases (last). */
  private readonly byName = new Map<IndexedName, Map<string, Judged>[]>();
  private readonly keysByStem = new Map<string, readonly string[]>();
  private readonly wordsByName = new Map<IndexedName, readonly number[]>();
  private readonly ordinary = new Map<string, boolean>();
  private readonly known = new Map<string, boolean>();

  /** The sound keys a word is looked up by, worked out once per stem. */
  soundKeys(stem: string, make: () => readonly string[]): readonly string[] {
    let keys = this.keysByStem.get(stem);
    if (!keys) this.keysByStem.set(stem, (keys = make()));
    return keys;
  }

  /** Every word of a name, by index: the targets of a guess at the whole name. */
  allWords(name: IndexedName): readonly number[] {
    let words = this.wordsByName.get(name);
    if (!words) this.wordsByName.set(name, (words = name.words.map((_, i) => i)));
    return words;
  }

  /** Whether a stem is an ordinary word that starts no guess of its own, asked once per stem. */
  isOrdinary(stem: string, ask: () => boolean): boolean {
    let answer = this.ordinary.get(stem);
    if (answer === undefined) this.ordinary.set(stem, (answer = ask()));
    return answer;
  }

  /** Whether a stem is English or a name a dictionary knows, which no guess at it alone can be, asked once per stem. */
  isKnownWord(stem: string, ask: () => boolean): boolean {
    let answer = this.known.get(stem);
    if (answer === undefined) this.known.set(stem, (answer = ask()));
    return answer;
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
