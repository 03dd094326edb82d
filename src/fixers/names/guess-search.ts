import type { IndexedName, NameLookup } from '../../glossary/compile.js';
import type { Lexicon } from '../../glossary/types.js';
import { evaluate, type CountOf, type Guess, type KeysOf } from './guess.js';
import type { GuessMemo } from './guess-memo.js';
import type { WordRun } from './word-run.js';

/**
 * Every way a capitalised word could be part of a garbled name, by its sound: one search per chunk, which
 * makes no table, closure or key per word; a word's answer is its array of guesses, one object for each
 * its memo already judged.
 */
export class GuessSearch {
  /**
   * The phrases already considered for each name at the current word (by its entry: a variant is the same
   * name), as start and length in one number: two sound keys of one word often hit the same name, and a
   * string made per hit cost a tenth of the time with 10,000 names. Cleared at each word.
   */
  private readonly seen = new Map<string, number | number[]>();

  constructor(
    private readonly run: WordRun,
    private readonly index: NameLookup,
    private readonly lexicon: Lexicon,
    private readonly keysOf: KeysOf,
    private readonly countOf: CountOf,
    private readonly memo: GuessMemo,
  ) {}

  at(w: number): Guess[] {
    const { run, memo } = this;
    const guesses: Guess[] = [];
    // "I" and "a" sound like half the names there are: a word of one or two letters anchors no guess.
    const anchor = run.stem(w);
    if (anchor.length <= 2) return guesses;
    this.seen.clear();
    // A word alone is never guessed when it is English or a name a dictionary knows (`evaluate` says why),
    // whatever the name: asked once per stem, before any of its hundreds of hits with a large glossary.
    const alone = !memo.stems.isKnownWord(anchor);
    for (const key of memo.stems.soundKeys(anchor)) {
      for (const hit of this.index.soundsLike(key)) {
        // Whether the name's words fit around this one is asked first: most hits are on names that do not.
        const words = hit.name.words.length;
        if ((words > 1 || alone) && run.isPhrase(w - hit.word, words)) this.consider(hit.name, w - hit.word, memo.allWords(hit.name), guesses);
        if (hit.standalone && alone) this.consider(hit.name, w, memo.lone(hit.name, hit.word), guesses);
      }
    }
    return guesses;
  }

  private consider(name: IndexedName, start: number, targets: readonly number[], guesses: Guess[]): void {
    if (this.considered(name.entry.name, start * 1024 + targets.length)) return;
    const { run, memo } = this;
    const known = memo.known(run, name, start, targets);
    if (known !== undefined) {
      if (known) guesses.push({ ...known, start });
      return;
    }
    const guess = evaluate(run, name, start, targets, this.index, this.lexicon, this.keysOf, this.countOf);
    memo.remember(run, name, start, targets, guess);
    if (guess) guesses.push(guess);
  }

  /** Whether this phrase was considered for this name at the current word; if not, it is now. */
  private considered(entry: string, id: number): boolean {
    const earlier = this.seen.get(entry);
    if (earlier === undefined) this.seen.set(entry, id);
    else if (typeof earlier === 'number') {
      if (earlier === id) return true;
      this.seen.set(entry, [earlier, id]);
    } else {
      if (earlier.includes(id)) return true;
      earlier.push(id);
    }
    return false;
  }
}
