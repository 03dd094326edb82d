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

  it('counts columns in code points from the line start, past a byte-order mark, at every offset', () => {
    const text = '\ufeff😀a😀b\n😀😀 x\r\n\ud800 lone \udc00 halves 😀\rend 😀';
    const starts = lineStarts(text);
    const index = new LineIndex(text);
    // Asked from the end backwards, the order that counted a line again from its start.
    for (let offset = text.length; offset >= 0; offset--) {
      const line = starts.filter((start) => start <= offset).length - 1;
      const from = line === 0 && offset > 0 ? 1 : starts[line]!;
      const expected = { line: line + 1, column: 1 + [...text.slice(from, offset)].length };
      // Between the halves of a pair, the first half is counted as a code point of its own, as spread does.
      expect(index.pointAt(offset), String(offset)).toEqual(expected);
    }
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
