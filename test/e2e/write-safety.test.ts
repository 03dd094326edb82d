import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, mkdtempSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeFileSystem } from '../../src/node/io.js';
import type { ReadOptions } from '../../src/node/io-types.js';
import { fakeIo } from '../helpers/fake-io.js';

const BIN = join(process.cwd(), 'bin/unmangle.js');
const DIRTY = 'It was was a honest mistake.\n';
const FIXED = 'It was an honest mistake.\n';
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** The real file system, with something done to a file right after unmangle has read it. */
function ioWithHook(afterRead: (path: string) => void) {
  const fs = {
    ...nodeFileSystem,
    async readFile(path: string, options: ReadOptions) {
      const read = await nodeFileSystem.readFile(path, options);
      afterRead(path);
      return read;
    },
  };
  const io = fakeIo({}, '', { fs, cwd: process.cwd() });
  return { io, out: io.out, err: io.err };
}

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-write-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('--write replaces only the file it read', () => {
  it('writes a file nobody touched (the hook itself changes nothing)', async () => {
    const folder = folderWith({ 'a.txt': DIRTY });
    const { io } = ioWithHook(() => {});
    expect(await main(['--write', join(folder, 'a.txt')], io)).toBe(0);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(FIXED);
  });

  it('keeps a line appended while the run went on, reports the file, exit 2', async () => {
    const folder = folderWith({ 'a.txt': DIRTY, 'b.txt': DIRTY });
    const { io, err } = ioWithHook((path) => path.endsWith('a.txt') && appendFileSync(path, 'Added while it ran.\n'));
    expect(await main(['--write', folder], io)).toBe(2);
    expect(err.join('')).toMatch(/a\.txt: changed while unmangle worked on it: not written/);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(`${DIRTY}Added while it ran.\n`);
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(FIXED);
  });

  it('does not write through a file swapped for a symbolic link while it ran', async () => {
    const outside = folderWith({ 'target.txt': DIRTY });
    const folder = folderWith({ 'a.txt': DIRTY });
    const { io, err } = ioWithHook((path) => {
      unlinkSync(path);
      symlinkSync(join(outside, 'target.txt'), path);
    });
    expect(await main(['--write', folder], io)).toBe(2);
    expect(err.join('')).toMatch(/a\.txt: became a symbolic link while unmangle worked on it: not written/);
    expect(readFileSync(join(outside, 'target.txt'), 'utf8')).toBe(DIRTY);
  });

  it('never writes over a file read only to be read (a config, a glossary): that read hashes nothing', async () => {
    const folder = folderWith({ 'a.txt': DIRTY });
    const path = join(folder, 'a.txt');
    const bytes = new TextEncoder().encode(FIXED);
    const { version } = await nodeFileSystem.readFile(path, { maxBytes: 1000, readOnly: true });
    await expect(nodeFileSystem.writeFileAtomic(path, bytes, version)).rejects.toMatchObject({ code: 'ECHANGED' });
    expect(readFileSync(path, 'utf8')).toBe(DIRTY);
    // The same file read to be written back is written.
    await nodeFileSystem.writeFileAtomic(path, bytes, (await nodeFileSystem.readFile(path, { maxBytes: 1000 })).version);
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
  });
});

function spawnAs(uid: number | undefined, args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', ...(uid !== undefined && { uid, gid: uid }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--write keeps mode and owner, or refuses', () => {
  it.each([['4755', 0o4755], ['2755', 0o2755], ['6755', 0o6755], ['1644', 0o1644]])('keeps mode %s, setuid and setgid included', (_, mode) => {
    const folder = folderWith({ 'a.txt': DIRTY });
    chmodSync(join(folder, 'a.txt'), mode);
    expect(spawnAs(undefined, ['--write', 'a.txt'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(folder, 'a.txt')).mode & 0o7777).toBe(mode);
  });

  it.skipIf(!isRoot)('refuses a file the user may not write, though its folder is writable', () => {
    const folder = folderWith({ 'theirs.txt': DIRTY, 'mine.txt': DIRTY });
    chmodSync(folder, 0o777);
    chownSync(join(folder, 'mine.txt'), NOBODY, NOBODY);
    const { code, stderr } = spawnAs(NOBODY, ['--write', '.'], folder);
    expect(code).toBe(2);
    expect(stderr).toContain('unmangle: theirs.txt: is read-only: not written\n');
    expect(readFileSync(join(folder, 'theirs.txt'), 'utf8')).toBe(DIRTY);
    expect(statSync(join(folder, 'theirs.txt')).uid).toBe(0);
    expect(readFileSync(join(folder, 'mine.txt'), 'utf8')).toBe(FIXED);
  });

  it.skipIf(!isRoot)('refuses a group-writable file of another owner rather than take it over', () => {
    const folder = folderWith({ 'shared.txt': DIRTY });
    chmodSync(folder, 0o777);
    chownSync(join(folder, 'shared.txt'), 0, NOBODY);
    chmodSync(join(folder, 'shared.txt'), 0o664);
    const { code, stderr } = spawnAs(NOBODY, ['--write', 'shared.txt'], folder);
    expect(code).toBe(2);
    expect(stderr).toContain('unmangle: shared.txt: belongs to another user, whose ownership a rewrite cannot keep: not written\n');
    expect(readFileSync(join(folder, 'shared.txt'), 'utf8')).toBe(DIRTY);
    expect(statSync(join(folder, 'shared.txt')).uid).toBe(0);
  });
});
