import { ENGLISH_WORDS } from '../data/english-words.generated.js';
import properNouns from '../data/proper-nouns.generated.json' with { type: 'json' };
import type { Lexicon } from './types.js';
import { fnv1a } from '../core/search.js';

let loaded: Lexicon | undefined;

/**
 * English as the name fixers need it: the `word-list` package's 274,000 ordinary words with the ~800 the
 * `dictionary-en` Hunspell dictionary adds (word-list drops profanity: hell, damn), and that dictionary's
 * proper nouns. Data modules, not files: the library reads nothing from a disk. Indexed once per process
 * (and per worker thread), only when a name fixer runs.
 */
export function englishLexicon(): Lexicon {
  if (!loaded) {
    const words = new WordTable(ENGLISH_WORDS);
    const extraWords = new Set(properNouns.extraWords);
    const names = new Set(properNouns.words);
    loaded = { isWord: (word) => words.has(word) || extraWords.has(word), isKnownName: (word) => names.has(word) };
  }
  return loaded;
}

/**
 * A set of the lines of a text, kept as the text itself plus an open-addressing table of line starts:
 * no string per word is made, so loading 274,000 words takes milliseconds, not the 130 ms and 20 MB a
 * `Set` of them costs in every process and worker.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1;
    while (size < lines * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      if (end > start) this.insert(start, end);
      start = end + 1;
    }
  }

  has(word: string): boolean {
    for (let slot = fnv1a(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const start = this.slots[slot]!;
      if (start === -1) return false;
      if (this.matches(start, word)) return true;
    }
  }

  private insert(start: number, end: number): void {
    let slot = fnv1a(this.text, start, end) & this.mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
    this.slots[slot] = start;
  }

  private matches(start: number, word: string): boolean {
    const text = this.text;
    for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
    const after = start + word.length;
    return after === text.length || text.charCodeAt(after) === 10;
  }
}

