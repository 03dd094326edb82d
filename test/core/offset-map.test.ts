import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply-edits.js';
import { OffsetMap, type StepEdit } from '../../src/core/offset-map.js';
import type { ChangeStep } from '../../src/core/types.js';

const step = (rule: string): ChangeStep => ({ fixer: 'spacing', rule, message: rule, confidence: 1 });
const edit = (start: number, end: number, text: string, rule = 'r'): StepEdit => ({ range: [start, end], text, steps: [step(rule)] });

/** Apply each batch to the text and the map, as the engine does; return the final text and the map. */
function run(input: string, batches: StepEdit[][]): { text: string; map: OffsetMap } {
  const map = new OffsetMap(input);
  let text = input;
  for (const batch of batches) {
    const { text: next, applied } = applyEdits(text, batch);
    map.record(text, applied);
    text = next;
  }
  return { text, map };
}

/** Replay the map's changes on the input: the round trip that every report relies on. */
function replay(input: string, map: OffsetMap): string {
  let out = '';
  let at = 0;
  for (const change of map.changes()) {
    out += input.slice(at, change.range[0]) + change.replacement;
    at = change.range[1];
  }
  return out + input.slice(at);
}

describe('OffsetMap', () => {
  it('maps edits of later passes back to the input', () => {
    const input = 'aa bb cc dd';
    const { text, map } = run(input, [[edit(0, 2, 'A')], [edit(8, 10, 'DDDD')]]);
    expect(text).toBe('A bb cc DDDD');
    expect(map.changes().map((c) => c.range)).toEqual([[0, 2], [9, 11]]);
    expect(replay(input, map)).toBe(text);
  });

  it('merges an edit that rewrites an earlier change into one change of two steps', () => {
    const input = 'a Al Salvador official';
    const { text, map } = run(input, [[edit(2, 4, 'El', 'names')], [edit(0, 4, 'an El', 'article')]]);
    expect(text).toBe('an El Salvador official');
    const [change] = map.changes();
    expect(change).toMatchObject({ range: [0, 4], replacement: 'an El' });
    expect(change!.steps.map((s) => s.rule)).toEqual(['names', 'article']);
  });

  it('merges an edit that only touches an earlier change', () => {
    const input = 'abcdef';
    const { text, map } = run(input, [[edit(1, 2, 'X')], [edit(2, 3, 'Y')]]);
    expect(text).toBe('aXYdef');
    expect(map.changes()).toHaveLength(1);
    expect(replay(input, map)).toBe(text);
  });

  it('merges across a deletion, which is empty in the current text', () => {
    const input = 'the the cat';
    const { text, map } = run(input, [[edit(3, 7, '')], [edit(0, 3, 'THE')]]);
    expect(text).toBe('THE cat');
    expect(map.changes()).toHaveLength(1);
    expect(replay(input, map)).toBe(text);
  });

  it('forgets a change that a later one reverts (A→B→A)', () => {
    const input = 'abc';
    const { text, map } = run(input, [[edit(1, 2, 'X')], [edit(1, 2, 'b')]]);
    expect(text).toBe(input);
    expect(map.changes()).toEqual([]);
  });

  it('widens a range that reaches into a change to the whole change', () => {
    const input = 'one two three';
    const { map } = run(input, [[edit(4, 7, 'TWO!')]]);
    expect(map.toInputRange([5, 6])).toEqual([4, 7]);
    expect(map.toInputRange([9, 14])).toEqual([8, 13]);
  });

  it('round-trips many random batches', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let trial = 0; trial < 200; trial++) {
      const input = 'abcdefghijklmnopqrstuvwxyz'.slice(0, 5 + random(20));
      let text = input;
      const map = new OffsetMap(input);
      for (let batch = 0; batch < 4; batch++) {
        const edits: StepEdit[] = [];
        for (let k = 0; k < 3; k++) {
          const start = random(text.length + 1);
          const end = Math.min(text.length, start + random(4));
          edits.push(edit(start, end, ['', 'X', 'YZ', 'W'][random(4)]!));
        }
        const { text: next, applied } = applyEdits(text, edits);
        map.record(text, applied);
        text = next;
        expect(replay(input, map)).toBe(text);
      }
      const ranges = map.changes().map((c) => c.range);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    }
  });
});
