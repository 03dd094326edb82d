import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

describe('a name that is not valid UTF-8 is reported as such, with its bytes escaped', () => {
  /** A folder holding `bad<0xff>.txt` and `sub/x<0xc3>(.md` (a lead byte without its continuation), and good.txt. */
  function undecodableNames(): string {
    const folder = folderWith({ 'good.txt': DIRTY });
    mkdirSync(join(folder, 'sub'));
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]), DIRTY);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/sub/x`), Buffer.from([0xc3]), Buffer.from('(.md')]), DIRTY);
    return folder;
  }

  it('found in a folder: a warning naming it, the other files still checked', () => {
    const { code, stdout, stderr } = run(['--check', '.'], undecodableNames());
    expect(code).toBe(1);
    expect(stdout).toBe('good.txt: 2 changes\n');
    expect(stderr).toBe(
      'unmangle: warning: "bad\\xff.txt": name is not valid UTF-8: skipped\n' +
        'unmangle: warning: sub/"x\\xc3(.md": name is not valid UTF-8: skipped\n' +
        '1 of 1 file would change; run with --write to fix\n',
    );
  });

  it('named on the command line: an error naming it (not "no such file"), exit 2, the others still checked', () => {
    // Node cannot pass such bytes as an argument; the shell can.
    const result = spawnSync('sh', ['-c', `exec "$0" "$1" --check "$(printf 'sub/x\\303(.md')" good.txt`, process.execPath, BIN], { cwd: undecodableNames(), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('good.txt: 2 changes\n');
    expect(result.stderr.split('\n')[0]).toBe('unmangle: sub/"x\\xc3(.md": name is not valid UTF-8: skipped');
  });
});

describe('names at the limits', () => {
  it('--write fixes a file whose name takes 250 of the 255 bytes a name may have', () => {
    const name = `${'n'.repeat(246)}.txt`;
    const folder = folderWith({ [name]: DIRTY });
    const { code, stdout } = run(['--write', name], folder);
    expect([code, stdout]).toEqual([0, `fixed ${name} (2 changes)\n`]);
  });
});

describe('ignore files apply by where the file is', () => {
  it('from a subfolder, --write ../ skips what the project ignores', () => {
    const folder = folderWith({ '.gitignore': 'ignored.txt\n', '.unmangleignore': 'drafts/\n', 'a.txt': DIRTY, 'ignored.txt': DIRTY });
    for (const [name, content] of [['drafts/d.txt', DIRTY], ['docs/b.txt', DIRTY], ['docs/.gitignore', 'local.txt\n'], ['docs/local.txt', DIRTY]]) {
      mkdirSync(join(folder, dirname(name!)), { recursive: true });
      writeFileSync(join(folder, name!), content!);
    }
    const { code, stdout } = run(['--write', '../'], join(folder, 'docs'));
    expect(code).toBe(0);
    expect(stdout).toBe('fixed ../a.txt (2 changes)\nfixed ../docs/b.txt (2 changes)\n');
    for (const kept of ['ignored.txt', 'drafts/d.txt', 'docs/local.txt']) expect(readFileSync(join(folder, kept), 'utf8')).toBe(DIRTY);
  });
});
