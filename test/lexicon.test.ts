import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { englishLexicon, WordTable } from '../src/glossary/lexicon.js';
import '../src/glossary/words-module.js';
import { ENGLISH_WORDS } from '../src/data/english-words.generated.js';
import { readEnglishWords } from '../src/node/english-words.js';

describe('the English lexicon', () => {
  it('knows every word of word-list and nothing else', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
    const table = new WordTable(words.join('\n'));
    // Every word, so each first letter's table and both ends of each are asked.
    expect(words.filter((word) => !table.has(word))).toEqual([]);
    for (const stranger of ['bukele', 'sikot', 'baukele', '', 'marko', 'zzzzz', 'aardvarks-and']) expect(table.has(stranger)).toBe(false);
  });

  it('tells a prefix or a longer word from the word itself', () => {
    const table = new WordTable('bouquet\nmark\nmarkedly');
    expect([table.has('mark'), table.has('mar'), table.has('marked'), table.has('markedly'), table.has('bouquets')]).toEqual([true, false, false, true, false]);
  });

  it('finds words by first letter in a short sorted text, the first and last lines too', () => {
    const table = new WordTable('apple\nb\nbanana\nzebra');
    expect(['apple', 'b', 'banana', 'zebra', 'a', 'ba', 'c', 'zebras', 'Apple'].map((word) => table.has(word))).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  it('reads the same list from the data module’s file as the module holds, as the CLI does', () => {
    expect(readEnglishWords()).toBe(ENGLISH_WORDS);
  });

  it('answers the questions the name fixers ask', () => {
    const lexicon = englishLexicon();
    expect([lexicon.isWord('mark'), lexicon.isWord('bouquet'), lexicon.isWord('venezuela'), lexicon.isWord('bukele')]).toEqual([true, true, false, false]);
    expect([lexicon.isKnownName('Marie'), lexicon.isKnownName('Columbia'), lexicon.isKnownName('Baukele')]).toEqual([true, true, false]);
  });
});
