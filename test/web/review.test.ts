import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/types.js';
import { unmangle } from '../../src/index.js';
import { reviewItems } from '../../web/review-items.js';
import { Review } from '../../web/review.js';
import { readSrt } from '../helpers/subtitle-oracle.js';

const SEED = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');

function reviewOf(text: string, syntax: 'text' | 'srt' = 'text') {
  const result = unmangle(text, { syntax });
  return { result, review: new Review(text, reviewItems(result.changes, result.suggestions)) };
}

/** The output with one change put back, found from the output's side: every change before it shifts it. */
function outputWithout(output: string, changes: readonly Change[], left: Change): string {
  const shift = changes.filter((change) => change.offset < left.offset).reduce((sum, change) => sum + change.replacement.length - change.length, 0);
  const at = left.offset + shift;
  expect(output.slice(at, at + left.replacement.length)).toBe(left.replacement);
  return output.slice(0, at) + left.original + output.slice(at + left.replacement.length);
}

/** A hand-made change or suggestion of `text` at `[offset, offset + length)`. */
function edit(text: string, offset: number, length: number, replacement: string, rule = 'x'): Change {
  const step = { fixer: 'spacing' as const, rule, message: 'm', confidence: 0.5 };
  const point = { line: 1, column: 1 };
  return { ...step, original: text.slice(offset, offset + length), replacement, offset, length, start: point, end: point, steps: [step] };
}

describe('the review of a result', () => {
  it('applies every change and no suggestion until told otherwise: the CLI output', () => {
    const { result, review } = reviewOf(SEED);
    expect(review.items).toHaveLength(result.changes.length + result.suggestions.length);
    expect(review.output()).toBe(result.output);
    expect(review.items.filter((item) => review.applied(item.id)).map((item) => item.edit)).toEqual(result.changes);
  });

  it('leaves out each rejected change, and only it', () => {
    const { result } = reviewOf(SEED);
    for (const [index, change] of result.changes.entries()) {
      const review = new Review(SEED, reviewItems(result.changes, result.suggestions));
      const item = review.items.find((candidate) => candidate.edit === change)!;
      expect(review.reject(item.id), `change ${index}`).toBeNull();
      expect(review.output()).toBe(outputWithout(result.output, result.changes, change));
    }
  });

  it('a suggestion that covers a change builds on it: accepted, it replaces it; the change cannot be rejected under it', () => {
    const { result, review } = reviewOf(SEED);
    const dash = review.items.find((item) => item.kind === 'suggestion' && item.edit.original === 'Bukle -the')!;
    const bukle = review.items[dash.buildsOn[0]!]!;
    expect([bukle.edit.original, bukle.edit.replacement]).toEqual(['Bukle', 'Bukele']);
    expect(bukle.parent).toBe(dash.id);
    expect(review.accept(dash.id)).toBeNull();
    expect(review.output()).toBe(result.output.replace('Bukele -the', 'Bukele – the'));
    expect(review.reject(bukle.id)).toMatch(/^the suggestion “Bukle -the” → “Bukele – the” includes it and is applied/);
    expect(review.reject(dash.id)).toBeNull();
    expect(review.reject(bukle.id)).toBeNull();
    expect(review.accept(dash.id)).toMatch(/includes the change “Bukle” → “Bukele”, which is rejected/);
    expect(review.output()).toBe(outputWithout(result.output, result.changes, bukle.edit));
  });

  it('never applies two edits that overlap, and draws the one that reaches out of the other apart', () => {
    const text = 'one two three four';
    const first = edit(text, 0, 7, 'one-two');
    const second = edit(text, 4, 9, 'two-three');
    const insertion = edit(text, 18, 0, '.');
    const review = new Review(text, reviewItems([], [second, first, insertion]));
    const [a, b, c] = review.items;
    expect([a!.edit, b!.edit, c!.edit]).toEqual([first, second, insertion]);
    expect([a!.conflicts, b!.conflicts, c!.conflicts]).toEqual([[1], [0], []]);
    expect(b!.detached).toBe(true);
    expect(review.accept(0)).toBeNull();
    expect(review.accept(1)).toMatch(/overlaps the suggestion “one two” → “one-two”, which is applied/);
    expect(review.accept(2)).toBeNull();
    expect(review.output()).toBe('one-two three four.');
    expect(review.reject(0)).toBeNull();
    expect(review.accept(1)).toBeNull();
    expect(review.output()).toBe('one two-three four.');
  });

  it('an insertion clashes with another at its point and with an edit at its edge, as in the terminal review', () => {
    const text = 'abc';
    const items = reviewItems([], [edit(text, 1, 0, 'x'), edit(text, 1, 0, 'y'), edit(text, 0, 1, 'A'), edit(text, 2, 1, 'C')]);
    expect(items.map((item) => [item.edit.replacement, item.conflicts])).toEqual([
      ['A', [1, 2]],
      ['x', [0, 2]],
      ['y', [0, 1]],
      ['C', []],
    ]);
  });

  it('accepts all of a kind that can be, and says how many could not', () => {
    const text = 'a b c d';
    const items = reviewItems([], [edit(text, 0, 3, 'A B', 'join'), edit(text, 2, 3, 'B C', 'join'), edit(text, 6, 1, 'D', 'join'), edit(text, 4, 1, 'C', 'other')]);
    const review = new Review(text, items);
    expect(review.acceptKind('spacing/join')).toEqual({ done: 2, refused: 1 });
    expect(review.output()).toBe('A B c D');
    expect(review.countsByFixer()).toEqual([{ fixer: 'spacing', changes: 0, changesApplied: 0, suggestions: 4, suggestionsApplied: 2 }]);
    expect(review.rejectKind('spacing/join')).toEqual({ done: 3, refused: 0 });
    expect(review.output()).toBe(text);
  });

  it('SRT cue numbers are not decided: they are worked out from the cues kept, so a rejected removal keeps the numbering whole', () => {
    const srt = readFileSync('fixtures/interview.srt', 'utf8');
    const result = unmangle(srt, { syntax: 'srt' });
    const review = new Review(srt, reviewItems(result.changes, result.suggestions), 'srt');
    expect(result.changes.filter((change) => change.rule === 'renumber-cues').length).toBeGreaterThan(0);
    expect(review.items.some((item) => item.edit.rule === 'renumber-cues')).toBe(false);
    expect(review.output()).toBe(result.output);
    const removal = review.items.find((item) => item.edit.steps.some((step) => step.rule === 'empty-cue'))!;
    expect(review.reject(removal.id)).toBeNull();
    const kept = readSrt(review.output());
    expect(kept.errors).toEqual([]);
    expect(kept.cues).toHaveLength(readSrt(srt).cues.length);
    const numbers = review.output().split(/\n\n/).map((block) => block.split('\n')[0]);
    expect(numbers).toEqual(kept.cues.map((_, i) => String(i + 1)));
    expect(review.accept(removal.id)).toBeNull();
    expect(review.output()).toBe(result.output);
  });
});
