import { describe, expect, it } from 'vitest';
import { StemAnswers, type StemQuestions } from '../../src/fixers/names/guess-memo.js';
import { createUnmangler } from '../../src/index.js';

describe('what the names fixer keeps of each stem across chunks and documents', () => {
  /** Questions that record what they were asked. */
  const questions = (asked: string[]): StemQuestions => ({
    isOrdinary: (stem) => (asked.push(stem), stem === 'The'),
    isKnownWord: (stem) => (asked.push(stem), true),
    soundKeys: (stem) => (asked.push(stem), [stem]),
  });

  it('asks about a stem once for the pipeline, in whichever chunk it comes', () => {
    const asked: string[] = [];
    const stems = new StemAnswers(questions(asked));
    expect([stems.isOrdinary('The'), stems.isOrdinary('Bukele'), stems.isOrdinary('The')]).toEqual([true, false, true]);
    expect(asked).toEqual(['The', 'Bukele']);
  });

  it('keeps the answers of each question apart: a known name (Marie) is no ordinary word, and its keys are neither', () => {
    const stems = new StemAnswers({ isOrdinary: () => false, isKnownWord: () => true, soundKeys: (stem) => [`${stem}-key`] });
    expect([stems.isOrdinary('Marie'), stems.isKnownWord('Marie'), stems.soundKeys('Marie'), stems.isOrdinary('Marie')]).toEqual([false, true, ['Marie-key'], false]);
  });

  it('keeps a bounded table: past its limit it starts again rather than grow', () => {
    const asked: string[] = [];
    const stems = new StemAnswers(questions(asked), 3);
    for (const stem of ['A', 'B', 'C', 'D', 'A']) stems.isKnownWord(stem);
    // A, B, C fill it; D empties it first, so A is asked again.
    expect(asked).toEqual(['A', 'B', 'C', 'D', 'A']);
  });

  it('cleans a document the same after other documents as on its own, where the counts judge differently', () => {
    const glossary = { file: 'glossary.yaml', text: 'Nayib Bukele: {}\nMarco Rubio: {}\n' };
    // Written once, "Boukelly" is fixed; written in every paragraph, perhaps meant: only suggested. What the
    // pipeline keeps across documents must depend on neither document.
    const once = 'He met Boukelly and Mark Rubio today.';
    const often = Array.from({ length: 80 }, (_, i) => `Paragraph ${i}: he met Boukelly, and Mr Vernicke and Wernicke spoke. Wernicke left.`).join('\n\n');
    for (const [first, second] of [[once, often], [often, once]] as const) {
      const clean = createUnmangler({ glossaries: [glossary] });
      clean(first);
      expect(clean(second)).toEqual(createUnmangler({ glossaries: [glossary] })(second));
    }
    const alone = createUnmangler({ glossaries: [glossary] });
    expect(alone(once).output).toBe('He met Bukele and Marco Rubio today.');
    expect([alone(often).changes.filter((c) => c.original === 'Boukelly'), alone(often).suggestions.filter((c) => c.original === 'Boukelly')].map((l) => l.length)).toEqual([0, 80]);
  });
});
