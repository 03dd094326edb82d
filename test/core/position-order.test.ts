import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/position.js';

describe('LineIndex', () => {
  it('gives the same point whatever order it is asked in (it counts on from the last one)', () => {
    const text = 'first line\r\nsecond 😀 line é\rthird\n\n' + 'word '.repeat(2000) + '😀 end';
    const offsets = [0, 3, 11, 12, 19, 21, 22, 30, 31, 40, 5000, 10001, 10003, text.length, 25, 12, 10002];
    const fresh = (offset: number) => new LineIndex(text).pointAt(offset);
    const shared = new LineIndex(text);
    for (const offset of offsets) expect(shared.pointAt(offset), String(offset)).toEqual(fresh(offset));
    expect(shared.pointAt(text.length)).toMatchObject({ line: 5 });
  });
});
