import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/unmangle.js');
const DIRTY = 'It was was a honest mistake.\n';
const FORGED = 'x\n::error file=README.md,line=1::Forged\r%.txt';

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-names-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** A CI runner reads a workflow command from any line of stdout or stderr that starts with "::". */
const commands = (text: string): string[] => text.split(/\r?\n|\r/).filter((line) => line.startsWith('::'));

describe('a file name cannot forge a line', () => {
  it('--format github escapes it in the file property', () => {
    const folder = folderWith({ [FORGED]: DIRTY });
    const { code, stdout, stderr } = run(['--check', '--format', 'github', '.'], folder);
    expect(code).toBe(1);
    expect(commands(stdout + stderr).every((line) => line.startsWith('::warning file=x%0A%3A%3Aerror file=README.md%2Cline=1%3A%3AForged%0D%25.txt,'))).toBe(true);
    expect(commands(stdout + stderr).length).toBeGreaterThan(0);
  });

  it.each([['--check'], ['-l'], ['--write'], ['--diff']])('%s quotes it, control characters escaped', (mode) => {
    const folder = folderWith({ [FORGED]: DIRTY });
    const { stdout, stderr } = run([mode, '.'], folder);
    expect(commands(stdout + stderr)).toEqual([]);
    expect(stdout).toContain('"x\\n::error file=README.md,line=1::Forged\\r%.txt"');
  });

  it('quotes it in a one-line error', () => {
    const folder = folderWith({ [FORGED]: new Uint8Array([0x41, 0, 0x42]) });
    const { code, stderr } = run(['--check', FORGED], folder);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('unmangle: "x\\n::error file=README.md,line=1::Forged\\r%.txt": looks binary (it contains a NUL byte)');
  });

  it('-l -z prints names as they are, each ending with NUL', () => {
    const folder = folderWith({ [FORGED]: DIRTY, 'b.txt': DIRTY, 'clean.txt': 'Fine.\n' });
    const { code, stdout } = run(['-l', '-z', '.'], folder);
    expect(code).toBe(1);
    expect(stdout).toBe(`b.txt\0${FORGED}\0`);
    expect(run(['--check', '-z', '.'], folder)).toMatchObject({ code: 2, stderr: 'unmangle: -z goes with --list-different (-l)\n' });
  });
});

describe('--format json and the summary', () => {
  it('lists a missing file among the errors', () => {
    const folder = folderWith({ 'a.txt': DIRTY });
    const { code, stdout } = run(['--format', 'json', 'missing.txt', 'a.txt'], folder);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.errors).toEqual([{ path: 'missing.txt', message: 'no such file' }]);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['a.txt']);
  });

  it('does not count a file skipped in a folder', () => {
    const folder = folderWith({ 'a.txt': DIRTY, 'bin.txt': new Uint8Array([0x41, 0, 0x42]) });
    const { stderr } = run(['--check', '.'], folder);
    expect(stderr).toBe('unmangle: warning: bin.txt: looks binary (it contains a NUL byte): skipped\n1 of 1 file would change; run with --write to fix\n');
  });
});
