import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { englishLexicon, WordTable } from '../src/glossary/lexicon.js';
import '../src/glossary/words-module.js';
import { ENGLISH_WORDS } from '../src/data/english-words.generated.js';
import { readEnglishWords } from '../src/node/english-words.js';

describe('the English lexicon', () => {
  it('knows every word of word-list and nothing else', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean).sort();
    const strangers = ['bukele', 'sikot', 'baukele', '', 'marko', 'zzzzz', 'aardvarks-and', 'manlihoods', 'sharrowe'];
    const table = new WordTable(words.join('\n'));
    // Asked first, the strangers are looked for by bisection; every word after, so each first letter's
    // first words by bisection too, then its table and both ends of it.
    expect(strangers.filter((word) => table.has(word))).toEqual([]);
    expect(words.filter((word) => !table.has(word))).toEqual([]);
    expect(strangers.filter((word) => table.has(word))).toEqual([]);
  });

  it('finds a word by bisection as by its letter’s table', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean).sort();
    const text = words.join('\n');
    const known = new Set(words);
    // Every 97th word, and beside each a longer spelling, mostly no word.
    const sample = words.filter((_, i) => i % 97 === 0).flatMap((word) => [word, `${word}s`]);
    // A fresh table answers its first asks by bisection; one asked the whole sample has built its tables.
    expect(sample.map((word) => new WordTable(text).has(word))).toEqual(sample.map((word) => known.has(word)));
    const table = new WordTable(text);
    sample.forEach((word) => table.has(word));
    expect(sample.map((word) => table.has(word))).toEqual(sample.map((word) => known.has(word)));
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
