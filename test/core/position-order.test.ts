import { describe, expect, it } from 'vitest';
import { LineIndex, lineStarts } from '../../src/core/position.js';

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

describe('lineStarts', () => {
  it.each([
    ['', [0]],
    ['one', [0]],
    ['one\ntwo\n', [0, 4, 8]],
    ['\n\n', [0, 1, 2]],
    ['one\r\ntwo', [0, 5]],
    ['one\rtwo\r', [0, 4, 8]],
    ['a\nb\r\nc\rd', [0, 2, 5, 7]],
    ['\r\n\r\n', [0, 2, 4]],
  ])('starts the lines of %j at %j: LF, CRLF and a lone CR each end one', (text, starts) => {
    expect(lineStarts(text)).toEqual(starts);
  });
});
