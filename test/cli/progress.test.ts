import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('Progress', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('draws on a terminal once the run has taken a second, then clears its line', () => {
    const io = fakeIo({}, '', { stderrIsTTY: true });
    const progress = new Progress(io, 10, false);
    progress.tick(1);
    expect(io.err).toEqual([]);
    vi.advanceTimersByTime(1500);
    progress.tick(5);
    expect(io.err).toEqual([`\r[${'#'.repeat(15)}${' '.repeat(15)}] 5/10 files`]);
    progress.done();
    expect(io.err.at(-1)).toMatch(/^\r +\r$/);
  });

  it.each([
    ['not on a terminal', { stderrIsTTY: false }, false],
    ['in CI', { stderrIsTTY: true, env: { CI: 'true' } }, false],
    ['with --quiet', { stderrIsTTY: true }, true],
  ])('stays silent %s', (_, options, quiet) => {
    const io = fakeIo({}, '', options);
    const progress = new Progress(io, 10, quiet);
    vi.advanceTimersByTime(5000);
    progress.tick(5);
    progress.done();
    expect(io.err).toEqual([]);
  });
});
