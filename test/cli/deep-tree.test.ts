import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { FileSystem } from '../../src/node/io-types.js';
import { fakeIo } from '../helpers/fake-io.js';

/** Counts the file-system calls a run makes, by kind. */
function counted(fs: FileSystem): { fs: FileSystem; calls: Record<string, number> } {
  const calls: Record<string, number> = { stat: 0, readdir: 0, readFile: 0, realpath: 0 };
  const wrap = <K extends keyof FileSystem>(name: K): FileSystem[K] =>
    ((...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1;
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as FileSystem[K];
  return { fs: { stat: wrap('stat'), readdir: wrap('readdir'), readFile: wrap('readFile'), realpath: wrap('realpath'), writeFileAtomic: fs.writeFileAtomic, createFileAtomic: fs.createFileAtomic }, calls };
}

describe('a deep tree is walked in work linear in its depth', () => {
  it('one file 1,500 folders down: one listing per folder, and no probing of each folder for settings files', async () => {
    const depth = 1500;
    const path = `${'d/'.repeat(depth)}a.txt`;
    const io = fakeIo({ [path]: 'It was was a honest mistake.\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const { fs, calls } = counted(io.fs);
    expect(await main(['--check', '.'], { ...io, fs })).toBe(1);
    expect(io.out.join('')).toBe(`${path}: 2 changes\n`);
    // Each folder is listed once; ignore files and configs are opened only where a listing shows them.
    // Before, each folder cost two ignore-file and five config-file opens that failed, and a stat of .git.
    expect(calls['readdir']).toBeLessThanOrEqual(depth + 10);
    expect(calls['readFile']).toBeLessThanOrEqual(10);
    expect(calls['stat']).toBeLessThanOrEqual(10);
  });

  it('the settings files of a deep tree still apply where they are', async () => {
    const deep = 'd/'.repeat(300);
    const io = fakeIo({
      '.git/HEAD': 'ref: refs/heads/main\n',
      [`${deep}.gitignore`]: 'skipped.txt\n',
      [`${deep}unmangle.config.json`]: '{ "skip": ["article"] }\n',
      [`${deep}skipped.txt`]: 'It was was a honest mistake.\n',
      [`${deep}kept.txt`]: 'It was was a honest mistake.\n',
    });
    expect(await main(['--check', '.'], io)).toBe(1);
    expect(io.out.join('')).toBe(`${deep}kept.txt: 1 change\n`);
  });
});
