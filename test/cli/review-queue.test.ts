import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../eval/lib/corpus.js';
import { renumberCues } from '../../src/cli/review/cue-numbers.js';
import { Review } from '../../src/cli/review/queue.js';
import { syntaxFor, unmangle, type Change, type Syntax } from '../../src/index.js';
import { readSubtitles } from '../helpers/subtitle-oracle.js';

/** The fixtures and the eval corpus: every syntax, real damage. */
const documents: { id: string; text: string; syntax: Syntax }[] = [
  ...readdirSync('fixtures')
    .filter((name) => /^[^.]+\.(txt|md|srt|vtt)$/.test(name) && !name.includes('glossary'))
    .map((name) => ({ id: name, text: readFileSync(`fixtures/${name}`, 'utf8'), syntax: syntaxFor(name, readFileSync(`fixtures/${name}`, 'utf8')) })),
  ...loadDocuments('eval').map((doc) => ({ id: doc.id, text: doc.text, syntax: doc.syntax })),
];

/** The file a review writes: the accepted edits, and SRT's cue numbers worked out again. */
function written(review: Review, syntax: Syntax): string {
  const output = review.output();
  return syntax === 'srt' ? renumberCues(review.result.input, output) : output;
}

/** Decide every item in turn with `verdict(index)` until the review is done. */
function decideAll(review: Review, verdict: (index: number) => boolean): void {
  for (let index = review.current(); index !== null; index = review.current()) {
    const item = review.items[index]!;
    review.decide(verdict(index) ? { verdict: 'accept', replacement: item.change.replacement } : { verdict: 'reject' });
  }
}

/** A small seeded generator, so a failure names the subset that broke. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a review of every change, accepted, writes what the engine would', () => {
  it.each(documents.map((doc) => [doc.id, doc]))('%s', (_, doc) => {
    const result = unmangle(doc.text, { syntax: doc.syntax });
    const review = new Review(result);
    decideAll(review, (index) => review.items[index]!.kind === 'change');
    expect(written(review, doc.syntax)).toBe(result.output);
    expect(review.tally().accepted).toBe(result.changes.filter((change) => change.rule !== 'renumber-cues').length);
  });
});

describe('subtitles stay whole whatever subset of the changes is accepted', () => {
  const subtitles = documents.filter((doc) => doc.syntax === 'srt' || doc.syntax === 'vtt');
  it.each(subtitles.map((doc) => [doc.id, doc]))('%s', (_, doc) => {
    const syntax = doc.syntax as 'srt' | 'vtt';
    const result = unmangle(doc.text, { syntax });
    const before = readSubtitles(doc.text, syntax);
    const numbers = (text: string): number[] => readSrtNumbers(text);
    const consecutive = (list: number[]): boolean => list.every((n, i) => i === 0 || n === list[i - 1]! + 1);
    const random = prng(doc.id.length * 7919);
    for (let round = 0; round < 12; round++) {
      const review = new Review(result);
      decideAll(review, () => random() < 0.5);
      const output = written(review, syntax);
      const after = readSubtitles(output, syntax);
      if (before.errors.length === 0) expect(after.errors, `round ${round}`).toEqual([]);
      // Every cue left is one the input had, with its timing, in order.
      const timings = before.cues.map((cue) => `${cue.start}/${cue.end}`);
      let at = 0;
      for (const cue of after.cues) {
        at = timings.indexOf(`${cue.start}/${cue.end}`, at) + 1;
        expect(at, `round ${round}: cue ${cue.start}`).toBeGreaterThan(0);
      }
      if (syntax === 'srt' && consecutive(numbers(doc.text))) expect(consecutive(numbers(output)), `round ${round}`).toBe(true);
    }
  });
});

function readSrtNumbers(text: string): number[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => /^\s*(\d+)\s*\r?\n/.exec(block))
    .flatMap((match) => (match ? [Number(match[1])] : []));
}

describe('Review', () => {
  const text = 'It was was here. He is is there. They met Bukle -the man. Bukele and Bukele.';
  const result = unmangle(text);

  it('puts a suggestion after the changes it covers, and takes undo back one action at a time', () => {
    const review = new Review(result);
    const kinds = review.items.map((item) => `${item.kind}:${item.change.rule}`);
    expect(kinds).toEqual(['change:repeated-word', 'change:repeated-word', 'change:dominant-spelling', 'suggestion:stray-hyphen']);
    review.decide({ verdict: 'accept', replacement: review.items[0]!.change.replacement });
    expect(review.decideAllOfKind('reject')).toBe(1);
    review.decide({ verdict: 'accept', replacement: 'Bukel' });
    // Edited, the change is not what the suggestion carries: it is passed over.
    expect(review.current()).toBeNull();
    expect(review.output()).toBe('It was here. He is is there. They met Bukel -the man. Bukele and Bukele.');
    expect(review.undo()).toEqual([2]);
    expect(review.current()).toBe(2);
    expect(review.undo()).toEqual([1]);
    expect(review.undo()).toEqual([0]);
    expect(review.undo()).toEqual([]);
    expect(review.output()).toBe(text);
  });

  it('a kept [sic] goes after the word, before the space a deletion takes', () => {
    const review = new Review(unmangle('It was was fine.'));
    review.decide({ verdict: 'keep', sic: true });
    expect(review.output()).toBe('It was was [sic] fine.');
    // And the engine leaves it so.
    expect(unmangle(review.output()).output).toBe('It was was [sic] fine.');
  });

  it('takes a suggestion that touches an accepted change, but not one at the point of a [sic]', () => {
    const input = 'Bukle-the man.';
    const edit = (offset: number, original: string, replacement: string, rule: string): Change => ({
      fixer: 'spacing', rule, message: 'm', confidence: 0.5, original, replacement, offset, length: original.length,
      start: { line: 1, column: offset + 1 }, end: { line: 1, column: offset + original.length + 1 },
      steps: [{ fixer: 'spacing', rule, message: 'm', confidence: 0.5 }],
    });
    const result = { input, output: 'Bukele-the man.', changes: [edit(0, 'Bukle', 'Bukele', 'a')], suggestions: [edit(5, '-the', ' – the', 'b')] };
    const touching = new Review(result);
    touching.decide({ verdict: 'accept', replacement: 'Bukele' });
    expect(touching.current()).toBe(1);
    touching.decide({ verdict: 'accept', replacement: ' – the' });
    expect(touching.output()).toBe('Bukele – the man.');
    const kept = new Review(result);
    kept.decide({ verdict: 'keep', sic: true });
    expect(kept.current()).toBeNull();
    expect(kept.output()).toBe('Bukle [sic]-the man.');
  });
});
