import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { englishLexicon, WordTable } from '../src/glossary/lexicon.js';

describe('the English lexicon', () => {
  it('knows every word of word-list and nothing else', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
    const table = new WordTable(words.join('\n'));
    for (let i = 0; i < words.length; i += 97) expect(table.has(words[i]!)).toBe(true);
    for (const stranger of ['bukele', 'sikot', 'baukele', '', 'marko', 'zzzzz', 'aardvarks-and']) expect(table.has(stranger)).toBe(false);
  });

  it('tells a prefix or a longer word from the word itself', () => {
    const table = new WordTable('bouquet\nmark\nmarkedly');
    expect([table.has('mark'), table.has('mar'), table.has('marked'), table.has('markedly'), table.has('bouquets')]).toEqual([true, false, false, true, false]);
  });

  it('answers the questions the name fixers ask', () => {
    const lexicon = englishLexicon();
    expect([lexicon.isWord('mark'), lexicon.isWord('bouquet'), lexicon.isWord('venezuela'), lexicon.isWord('bukele')]).toEqual([true, true, false, false]);
    expect([lexicon.isKnownName('Marie'), lexicon.isKnownName('Columbia'), lexicon.isKnownName('Baukele')]).toEqual([true, true, false]);
  });
});
