import { describe, expect, it } from 'vitest';
import { documentContext } from '../../src/core/engine.js';
import { foldedCensus, nameCensus } from '../../src/fixers/names/census.js';

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
