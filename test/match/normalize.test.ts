import { describe, expect, it } from 'vitest';
import { isCapitalized, possessiveStemEnd, splitPossessive } from '../../src/match/normalize.js';

/** The rule for every code point: a cased letter that is its own capital. */
function capitalByCase(word: string): boolean {
  const char = String.fromCodePoint(word.codePointAt(0)!);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

describe('isCapitalized', () => {
  it('answers for every ASCII start as the rule by case does, though it makes no string for them', () => {
    const starts = Array.from({ length: 128 }, (_, code) => `${String.fromCharCode(code)}ukele`);
    expect(starts.map(isCapitalized)).toEqual(starts.map(capitalByCase));
    expect(starts.filter(isCapitalized)).toHaveLength(26);
  });

  it.each([
    ['Émile', true],
    ['émile', false],
    ['Σωκράτης', true],
    ['ß', false],
    ['ǅemal', false],
    ['𐐀', true],
    ['', false],
    ['1st', false],
  ])('%j → %s', (word, expected) => {
    expect(isCapitalized(word)).toBe(expected);
  });
});

describe('a possessive split off', () => {
  it.each([
    ["Maduro's", ['Maduro', "'s"]],
    ['Maduro’s', ['Maduro', '’s']],
    ["Jones'", ['Jones', "'"]],
    ['Jones’', ['Jones', '’']],
    ['Bukele', ['Bukele', '']],
    ["'s", ["'s", '']],
    ['its', ['its', '']],
  ])('%j → %j, and its stem ends there inside a text', (word, pair) => {
    expect(splitPossessive(word)).toEqual(pair);
    const text = `« ${word} »`;
    expect(text.slice(2, possessiveStemEnd(text, 2, 2 + word.length))).toBe(pair[0]);
  });
});
