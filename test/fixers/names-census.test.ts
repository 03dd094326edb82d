import { describe, expect, it } from 'vitest';
import { documentContext } from '../../src/core/engine.js';
import { foldedCensus, introductions, nameCensus } from '../../src/fixers/names/census.js';

describe('the names census of each text a cleaning passes through', () => {
  it('is summed again when the counts or their order changed, and kept when a text counts the same', () => {
    const first = nameCensus(documentContext('Maduro met Bukele. Then Bukele left.'));
    expect([...first]).toEqual([['Maduro', 1], ['Bukele', 2], ['Then', 1]]);
    // The same counts in another order: the order is the sum's, which the spellings are decided in.
    const swapped = nameCensus(documentContext('Bukele met Maduro. Then Bukele left.'));
    expect([...swapped]).toEqual([['Bukele', 2], ['Maduro', 1], ['Then', 1]]);
    // An edit to no capitalised word: the very same counts.
    expect(nameCensus(documentContext('Bukele met Maduro. Then Bukele went.'))).toBe(swapped);
    expect([...nameCensus(documentContext('Bukele met Maduro. Then Bukele met Maduro.'))]).toEqual([['Bukele', 2], ['Maduro', 2], ['Then', 1]]);
    expect([...foldedCensus(documentContext('Nicolás and NICOLAS met.'))]).toEqual([['nicolas', 2]]);
  });
});

describe('the introductions of each text a cleaning passes through', () => {
  const isWord = (lower: string): boolean => ['later', 'then'].includes(lower);
  const introduced = (text: string) => introductions(documentContext(text), isWord);

  it('are gathered again when a full mention changed, and kept when a text introduces the same', () => {
    const first = introduced('Tobias Wernicke spoke. Then Anna Pohl left.');
    expect([...first.surnames]).toEqual([['Wernicke', 'Tobias Wernicke'], ['Pohl', 'Anna Pohl']]);
    expect(introduced('Tobias Wernicke spoke. Then Anna Pohl went.')).toBe(first);
    const other = introduced('Anna Pohl spoke. Then Tobias Wernicke left.');
    expect([...other.surnames]).toEqual([['Pohl', 'Anna Pohl'], ['Wernicke', 'Tobias Wernicke']]);
    expect([...introduced('Tobias Wernicke spoke. Then Anna Pohl and Anna Pohl left.').givenNames]).toEqual(['Tobias', 'Anna']);
    expect(introduced('Tobias spoke. Then Anna left.').surnames.size).toBe(0);
  });
});
