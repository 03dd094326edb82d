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

  it('keeps a bounded table: past its limit it starts again rather than grow', () => {
    const asked: string[] = [];
    const stems = new StemAnswers(questions(asked), 3);
    for (const stem of ['A', 'B', 'C', 'D', 'A']) stems.isKnownWord(stem);
    // A, B, C fill it; D empties it first, so A is asked again.
    expect(asked).toEqual(['A', 'B', 'C', 'D', 'A']);
  });

  it('cleans a document the same after other documents as on its own', () => {
    const glossary = { file: 'glossary.yaml', text: 'Nayib Bukele: {}\nMarco Rubio: {}\n' };
    const paragraph = (i: number): string => `Paragraph ${i}: President Baukele met Mark Rubio, and Mr Vernicke and Wernicke spoke twice. Wernicke left.`;
    const long = Array.from({ length: 80 }, (_, i) => paragraph(i)).join('\n\n');
    const used = createUnmangler({ glossaries: [glossary] });
    used('Baukele and Rubyo and The Wernicke Vernicke, the Maduro Madurro. ' + long.slice(0, 3000));
    const again = used(long);
    const fresh = createUnmangler({ glossaries: [glossary] })(long);
    expect(again).toEqual(fresh);
    expect(fresh.changes.filter((c) => c.original === 'Baukele')).toHaveLength(80);
  });
});
