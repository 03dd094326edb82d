import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/reporters/word-diff.js';
import { propertyRuns } from '../setup/fast-check.js';

const body = (diff: string): string[] => diff.split('\n').slice(3, -1);
/** The text marked lines read as before the change, or after it: a line only the other side has goes. */
const side = (lines: readonly string[], which: 'old' | 'new'): string => {
  const [gone, kept] = which === 'old' ? [/\{\+.*?\+\}/g, /\[-(.*?)-\]/g] : [/\[-.*?-\]/g, /\{\+(.*?)\+\}/g];
  return lines
    .filter((line) => line === '' || line.replace(gone, '') !== '')
    .map((line) => line.replace(gone, '').replace(kept, '$1'))
    .join('\n');
};

describe('word diffs', () => {
  it('marks the one word that changed in a long paragraph, not the paragraph', () => {
    const words = Array.from({ length: 70 }, (_, i) => `word${i}`);
    const before = `${words.join(' ')}\n`;
    const after = before.replace('word33', 'WORD33');
    const diff = wordDiff('a.txt', before, after, false);
    expect(diff.split('\n').slice(0, 3)).toEqual(['--- a.txt', '+++ a.txt', '@@ -1,1 +1,1 @@']);
    expect(body(diff)).toEqual([before.trimEnd().replace('word33', '[-word33-]{+WORD33+}')]);
  });

  it('keeps context lines unmarked and shows a removed line as removed', () => {
    const diff = wordDiff('a.srt', 'one\ntwo two\nthree\nfour\n', 'one\ntwo\nfour\n', false);
    expect(body(diff)).toEqual(['one', 'two[- two-]', '[-three-]', 'four']);
  });

  it('colours with strike-through and underline, so a removed space shows', () => {
    const diff = wordDiff('a.txt', 'a  b\n', 'a b\n', true);
    expect(diff).toContain('\u001b[9m');
    expect(diff).toContain('\u001b[4m');
    expect(diff).not.toContain('[-');
  });

  it('reads as the old text and as the new text once its marks are taken away', () => {
    const line = fc.array(fc.constantFrom('a', 'bb', 'the', 'Al', 'El', ' ', '  ', ',', '.'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => `${lines.join('\n')}\n`);
    fc.assert(
      fc.property(text, text, (before, after) => {
        fc.pre(before !== after);
        const marked = body(wordDiff('a.txt', before, after, false));
        // One hunk when the texts are this short (at most 8 lines, context 3 on either side of a change).
        // Line ends are left out of the comparison: a mark never spans one, so a line end that came or
        // went is not marked (as in git's word diff).
        const flat = (text: string) => text.replaceAll('\n', '');
        expect(flat(side(marked, 'old'))).toBe(flat(before));
        expect(flat(side(marked, 'new'))).toBe(flat(after));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
