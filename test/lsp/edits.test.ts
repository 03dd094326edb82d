import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { unmangle } from '../../src/index.js';
import { minimalEdit } from '../../src/lsp/edits.js';
import { garbleAddition } from '../../src/lsp/garble.js';
import { Scheduler } from '../../src/lsp/scheduler.js';
import { propertyRuns } from '../setup/fast-check.js';

describe('minimalEdit', () => {
  const piece = fc.constantFrom('a', 'b', '\r', '\n', '\r\n', '🎉', 'é', ' ');
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  it('turns the text before into the text after, never splitting a CRLF or a surrogate pair', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = minimalEdit(before, after);
        expect(before.slice(0, edit.offset) + edit.text + before.slice(edit.offset + edit.length)).toBe(after);
        for (const at of [edit.offset, edit.offset + edit.length]) {
          expect(before.slice(at - 1, at + 1)).not.toBe('\r\n');
          expect(/[\ud800-\udbff]/.test(before[at - 1] ?? '') && /[\udc00-\udfff]/.test(before[at] ?? '')).toBe(false);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('touches only what differs', () => {
    expect(minimalEdit('Name: [a]\n', 'Name: [a, b]\n')).toEqual({ offset: 8, length: 0, text: ', b' });
    expect(minimalEdit('same', 'same')).toEqual({ offset: 4, length: 0, text: '' });
  });
});

describe('garbleAddition', () => {
  const changeOf = (text: string, options = {}) => unmangle(text, options).changes[0]!;

  it('lists a name fixer’s garble under the name', () => {
    expect(garbleAddition(changeOf('Bukele spoke. Bukele left. Baukele returned.'), 'Bukele')).toEqual({ name: 'Bukele', variants: ['Baukele'] });
  });

  it('leaves what is not a garble of a name alone', () => {
    // A repeat, a case difference, and a change that a/an shaped too.
    expect(garbleAddition(changeOf('It was was late.'), '')).toBeNull();
    expect(garbleAddition({ ...changeOf('They met in venezuela.'), original: 'venezuela' }, 'Venezuela')).toBeNull();
    const merged = changeOf('It was a Al Salvador deal.');
    expect(merged.steps.map((step) => step.fixer)).toEqual(['names', 'article']);
    expect(garbleAddition(merged, merged.replacement)).toBeNull();
    expect(garbleAddition({ ...changeOf('Bukele spoke. Bukele left. Baukele returned.'), original: 'Baukele ' }, 'Bukele')).toBeNull();
  });
});

describe('Scheduler', () => {
  it('checks once typing pauses, one check per document at a time, the last change seen', async () => {
    vi.useFakeTimers();
    try {
      const started: string[] = [];
      const finish: (() => void)[] = [];
      const scheduler = new Scheduler((uri) => {
        started.push(uri);
        return new Promise<void>((resolve) => finish.push(resolve));
      }, 50);
      scheduler.touch('a');
      await vi.advanceTimersByTimeAsync(30);
      scheduler.touch('a');
      scheduler.touch('b', 0);
      await vi.advanceTimersByTimeAsync(30);
      // a's timer restarted; b ran at once and does not wait for a.
      expect(started).toEqual(['b']);
      await vi.advanceTimersByTimeAsync(30);
      expect(started).toEqual(['b', 'a']);
      // A change while a runs: a runs again only after, once.
      scheduler.touch('a');
      scheduler.touch('a', 0);
      await vi.advanceTimersByTimeAsync(100);
      expect(started).toEqual(['b', 'a']);
      finish[1]!();
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual(['b', 'a', 'a']);
      // A closed document is not checked again.
      scheduler.touch('b');
      scheduler.forget('b');
      await vi.advanceTimersByTimeAsync(100);
      expect(started).toEqual(['b', 'a', 'a']);
    } finally {
      vi.useRealTimers();
    }
  });
});
