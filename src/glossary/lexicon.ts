import properNouns from '../data/proper-nouns.generated.json' with { type: 'json' };
import type { Lexicon } from './types.js';
import { fnv1a, partitionPoint, sortedLineOf } from '../core/search.js';

let loaded: Lexicon | undefined;
let englishWords: (() => string) | undefined;

/**
 * Where the word list comes from, one word a line: the data module in the library (`words-module.ts`,
 * which `index.ts` imports), or in the CLI the same module's file read as text (`node/english-words.ts`),
 * which takes 4.5 ms where importing it takes 30 (2.8 MB of template literal to compile), at every start.
 */
export function useEnglishWords(source: () => string): void {
  englishWords = source;
}

/**
 * English as the name fixers need it: the `word-list` package's 274,000 ordinary words with the ~800 the
 * `dictionary-en` Hunspell dictionary adds (word-list drops profanity: hell, damn), and that dictionary's
 * proper nouns. Data modules, not files: the library reads nothing from a disk. Indexed once per process
 * (and per worker thread), only when a name fixer runs, from the word list given to `useEnglishWords`.
 */
export function englishLexicon(): Lexicon {
  if (!loaded) {
    if (!englishWords) throw new Error('no English word list: import the library from its index, or call useEnglishWords first');
    const words = new WordTable(englishWords());
    const extraWords = new Set(properNouns.extraWords);
    const names = new Set(properNouns.words);
    loaded = { isWord: (word) => words.has(word) || extraWords.has(word), isKnownName: (word) => names.has(word) };
  }
  return loaded;
}

/**
 * How many words with one first letter are looked up by bisection before that letter gets a table: a
 * one-line input asks a few words and builds none (a table of one letter's ~10,000 words takes 2 ms or
 * more, a bisection a microsecond); a document asks thousands, each then a hash and a probe or two.
 */
const BISECTIONS_BEFORE_TABLE = 64;

/**
 * A set of the lines of a text sorted by UTF-16 code unit, kept as the text itself plus, for each first
 * letter asked about often, an open-addressing table of the starts of the lines with that letter: no
 * string per word is made, and the first words asked of a letter are found by bisection of the text.
 */
export class WordTable {
  private readonly tables = new Map<number, Int32Array>();
  private readonly bisections = new Map<number, number>();

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (word.length === 0) return false;
    const first = word.charCodeAt(0);
    let slots = this.tables.get(first);
    if (!slots) {
      const asked = this.bisections.get(first) ?? 0;
      if (asked < BISECTIONS_BEFORE_TABLE) {
        this.bisections.set(first, asked + 1);
        return sortedLineOf(this.text, word) !== -1;
      }
      this.tables.set(first, (slots = this.build(first)));
    }
    const mask = slots.length - 1;
    for (let slot = fnv1a(word) & mask; ; slot = (slot + 1) & mask) {
      const start = slots[slot]!;
      if (start === -1) return false;
      if (this.matches(start, word)) return true;
    }
  }

  /** The table of the lines starting with `first`: in a sorted text they are one run, found by bisection. */
  private build(first: number): Int32Array {
    const from = this.firstLineFrom(first);
    const to = this.firstLineFrom(first + 1);
    let lines = 1;
    for (let i = this.text.indexOf('\n', from); i !== -1 && i < to; i = this.text.indexOf('\n', i + 1)) lines++;
    let size = 2;
    while (size < lines * 2) size <<= 1;
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let start = from; start < to; ) {
      let end = this.text.indexOf('\n', start);
      if (end === -1 || end > to) end = to;
      if (end > start) {
        let slot = fnv1a(this.text, start, end) & mask;
        while (slots[slot] !== -1) slot = (slot + 1) & mask;
        slots[slot] = start;
      }
      start = end + 1;
    }
    return slots;
  }

  /** Where the first line whose first character is `code` or after starts (the text's length if none). */
  private firstLineFrom(code: number): number {
    const text = this.text;
    // Every offset of a line reads the line's first character: sorted lines make that monotone.
    return partitionPoint(text.length, (offset) => text.charCodeAt(text.lastIndexOf('\n', offset - 1) + 1) < code);
  }

  private matches(start: number, word: string): boolean {
    const text = this.text;
    for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
    const after = start + word.length;
    return after === text.length || text.charCodeAt(after) === 10;
  }
}
