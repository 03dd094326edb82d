import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/apply-edits.js';
import type { Edit } from '../../src/core/types.js';

const edit = (start: number, end: number, text: string): Edit => ({ range: [start, end], text });

describe('applyEdits', () => {
  it('applies non-overlapping edits whatever order they come in', () => {
    const edits = [edit(0, 1, 'A'), edit(4, 5, 'E'), edit(2, 3, 'C')];
    const forward = applyEdits('abcdef', edits);
    const backward = applyEdits('abcdef', [...edits].reverse());
    expect(forward.text).toBe('AbCdEf');
    expect(backward.text).toBe(forward.text);
    expect(forward.applied.map((e) => e.range[0])).toEqual([0, 2, 4]);
  });

  it('defers an edit that overlaps an earlier one', () => {
    const result = applyEdits('abcdef', [edit(0, 3, 'X'), edit(2, 4, 'Y')]);
    expect(result.text).toBe('Xdef');
    expect(result.deferred).toEqual([edit(2, 4, 'Y')]);
  });

  it('defers an edit that only touches an earlier one', () => {
    const result = applyEdits('abcdef', [edit(0, 2, 'X'), edit(2, 4, 'Y')]);
    expect(result.text).toBe('Xcdef');
    expect(result.deferred).toHaveLength(1);
  });

  it('defers the second of two insertions at one point, so they never race', () => {
    const result = applyEdits('ab', [edit(1, 1, 'X'), edit(1, 1, 'Y')]);
    expect(result.text).toBe('aXb');
    expect(result.deferred).toEqual([edit(1, 1, 'Y')]);
  });

  it('drops edits that change nothing', () => {
    const result = applyEdits('abc', [edit(0, 1, 'a')]);
    expect(result).toEqual({ text: 'abc', applied: [], deferred: [] });
  });

  it('handles deletions, insertions at both ends and CRLF', () => {
    expect(applyEdits('a\r\nb', [edit(0, 0, '>'), edit(1, 3, ' '), edit(4, 4, '<')]).text).toBe('>a b<');
  });

  it('keeps surrogate pairs whole and refuses an edit that would split one', () => {
    const text = 'a😀b';
    expect(applyEdits(text, [edit(1, 3, '🙂')]).text).toBe('a🙂b');
    expect(() => applyEdits(text, [edit(2, 3, 'x')])).toThrow(/surrogate/);
  });

  it('refuses ranges outside the text', () => {
    expect(() => applyEdits('abc', [edit(2, 9, 'x')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(2, 1, 'x')])).toThrow(RangeError);
  });
});
