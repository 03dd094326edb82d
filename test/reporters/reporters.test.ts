import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';
import { explainReporter, outputReporter } from '../../src/reporters/index.js';

/** One interface for every report: text per file, in order, and text at the end. */
describe('reporters', () => {
  const changed = { path: 'a.txt', result: unmangle('It was was late.') };
  const clean = { path: 'b.txt', result: unmangle('All fine.') };
  const failed = { path: 'c.txt', error: 'is not UTF-8' };

  it('writes JSON once, at the end, with the errors apart', () => {
    const json = outputReporter('json', 'check', { color: false, diff: false });
    expect([changed, clean, failed].map((report) => json.file(report))).toEqual(['', '', '']);
    const document = JSON.parse(json.end());
    expect(document.files.map((file: { path: string; changed: boolean }) => [file.path, file.changed])).toEqual([['a.txt', true], ['b.txt', false]]);
    expect(document.errors).toEqual([{ path: 'c.txt', message: 'is not UTF-8' }]);
  });

  it.each([
    ['text', 'print', 'It was late.'],
    ['text', 'list', 'a.txt\n'],
    ['text', 'check', 'a.txt: 1 change\n'],
    ['text', 'write', 'fixed a.txt (1 change)\n'],
  ] as const)('%s in %s mode reports a changed file as %j, and nothing for a clean or failed one', (format, mode, expected) => {
    const reporter = outputReporter(format, mode, { color: false, diff: false });
    expect(reporter.file(changed)).toBe(expected);
    if (mode !== 'print') expect(reporter.file(clean)).toBe('');
    expect(reporter.file(failed)).toBe('');
    expect(reporter.end()).toBe('');
  });

  it('annotates for GitHub and explains each change', () => {
    expect(outputReporter('github', 'check', { color: false, diff: false }).file(changed)).toMatch(/^::warning file=a\.txt,line=1,col=7,/);
    expect(explainReporter(false).file(changed)).toMatch(/^a\.txt:1:7  repeated-phrase\/repeated-word  " was" → ""/);
  });
});
