import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import properNouns from '../data/proper-nouns.generated.json' with { type: 'json' };
import type { Lexicon } from '../glossary/types.js';

let loaded: Lexicon | undefined;

/**
 * English as the name fixers need it: the `word-list` package's 274,000 ordinary words, and the proper
 * nouns of the `dictionary-en` Hunspell dictionary. Read once per process, and only when a name fixer runs.
 */
export function englishLexicon(): Lexicon {
  if (!loaded) {
    const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    const names = new Set(properNouns.words);
    loaded = { isWord: (word) => words.has(word), isKnownName: (word) => names.has(word) };
  }
  return loaded;
}
