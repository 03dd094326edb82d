import index from '../data/builtin-index.generated.json' with { type: 'json' };
import { partitionPoint } from '../core/search.js';
import { remembered } from '../core/remembered.js';
import { builtinName } from './builtin.js';
import { FirstWordFilter } from './first-words.js';
import { indexedName, type ExactForm, type IndexedName, type KeyHit, type NameLookup, type PatternRule, type SplitName } from './name-index.js';

/** A form as precompiled: the name's place in `builtinNames()`, the variant (null: the name), its folded words, the words it is replaced by. */
type FormRow = [name: number, variant: string | null, folded: string[], words: string[]];
/** Hits as precompiled: the name's place and the word's, pair after pair. */
type HitRow = [name: number, word: number];

const NONE: readonly never[] = [];

/**
 * The built-in names with no glossary, answering as `compileNames([], builtinNames(), lexicon)` would
 * (`test/glossary/builtin-index.test.ts`) from their precompiled index (`scripts/builtin-index.ts`): sorted
 * lines looked up by bisection, a name, form or hit made only when a lookup returns it. Compiling the 1,000
 * names took 15–30 ms of a one-line run's start-up; a run asks about the few words it has.
 */
export class BuiltinNameIndex implements NameLookup {
  readonly patterns: readonly PatternRule[] = [];
  readonly hasSplits = false;
  private readonly names: IndexedName[] = [];
  private readonly forms = new Map<string, readonly ExactForm[]>();
  private readonly hits = new Map<string, readonly KeyHit[]>();
  private filter: FirstWordFilter | undefined;

  couldStartExact(word: string, start = 0, end = word.length): boolean {
    if (!this.filter) {
      this.filter = new FirstWordFilter();
      for (const line of index.exact) this.filter.add(line.slice(0, line.indexOf('\t')));
    }
    return this.filter.couldStart(word, start, end);
  }

  exact(firstFolded: string): readonly ExactForm[] {
    return remembered(this.forms, firstFolded, this.formsOf, REMEMBERED);
  }

  soundsLike(key: string): readonly KeyHit[] {
    return remembered(this.hits, key, this.hitsOf, REMEMBERED);
  }

  splitsStartingWith(): readonly SplitName[] {
    return NONE;
  }

  mergedName(): SplitName | undefined {
    return undefined;
  }

  isNameWord(folded: string): boolean {
    return index.words[partitionPoint(index.words.length, (i) => index.words[i]! < folded)] === folded;
  }

  // Made once, so a lookup that is known makes no closure.
  private readonly formsOf = (firstFolded: string): readonly ExactForm[] => {
    const rows = valueOf(index.exact, firstFolded) as FormRow[] | undefined;
    return rows ? rows.map(([name, variant, folded, words]) => ({ name: this.name(name), variant, folded, words })) : NONE;
  };

  private readonly hitsOf = (key: string): readonly KeyHit[] => {
    const rows = valueOf(index.hits, key) as HitRow[] | undefined;
    return rows ? rows.map(([name, word]) => ({ name: this.name(name), word, standalone: false })) : NONE;
  };

  private name(id: number): IndexedName {
    return (this.names[id] ??= indexedName(builtinName(id)));
  }
}

/**
 * Each lookup is kept, a miss too (most words asked have no form and most sound keys no name, and each was
 * looked up again at every mention), up to this many a table.
 */
const REMEMBERED = 100_000;

/** The value of the line `key\tJSON` in sorted lines: the first line not before `key` is it, if any is. */
function valueOf(lines: readonly string[], key: string): unknown {
  const line = lines[partitionPoint(lines.length, (i) => lines[i]! < key)];
  return line?.startsWith(`${key}\t`) ? JSON.parse(line.slice(key.length + 1)) : undefined;
}
