import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';

const glossary = { file: 'glossary.yaml', text: 'Nayib Bukele: {}\n' };
const offsetsOf = (text: string, word: string): number[] => [...text.matchAll(new RegExp(word, 'g'))].map((m) => m.index);

/**
 * A chunk judges each guess once for the same words (names/guess-memo.ts): every place the words stand
 * must still get its own finding, at its own offset, and the same word beside other words its own
 * judgement; a spelling name-consistency doubts is suggested wherever it stands.
 */
describe('a guess judged once per chunk', () => {
  it('fixes every place the same garble stands, each at its own offset', () => {
    const text = 'President Baukele spoke first. Later that day Baukele left, and Baukele’s aides followed.';
    const result = unmangle(text, { glossaries: [glossary] });
    expect(result.changes.map((c) => [c.offset, c.original, c.replacement])).toEqual(offsetsOf(text, 'Baukele').map((offset) => [offset, 'Baukele', 'Bukele']));
    expect(result.output).toBe(text.replaceAll('Baukele', 'Bukele'));
  });

  it('judges a word by the words beside it: "Al Salvador" is a name, "Al Gore" in the same paragraph is not', () => {
    const text = 'We flew to Al Salvador. Al Gore was there. Then Al Salvador again, and Al Gore.';
    const result = unmangle(text, { glossaries: [glossary] });
    expect(result.output).toBe(text.replaceAll('Al Salvador', 'El Salvador'));
    expect(result.changes.map((c) => c.offset)).toEqual(offsetsOf(text, 'Al Salvador'));
  });

  it('suggests a spelling at every place it stands when neither spelling of a name wins', () => {
    const text = 'Mr Wernicke spoke. Then Wernicke left. Later Vernicke came, and Vernicke stayed. Wernicke and Vernicke.';
    const result = unmangle(text);
    expect(result.output).toBe(text);
    const consistency = result.suggestions.filter((s) => s.fixer === 'name-consistency');
    expect(consistency.map((s) => [s.offset, s.original])).toEqual(offsetsOf(text, 'Wernicke').map((offset) => [offset, 'Wernicke']));
    expect(new Set(consistency.map((s) => s.message)).size).toBe(1);
  });
});
