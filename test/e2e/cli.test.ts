import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = 'bin/unmangle.js';
const SEED = 'fixtures/el-salvador-prisoner-swap.txt';

/** Run the built executable as a user would; `npm test` builds dist/ first. */
function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('unmangle, spawned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-e2e-'));

  it('cleans standard input', () => {
    expect(run([], 'It was was a honest mistake.\n')).toEqual({ code: 0, stdout: 'It was an honest mistake.\n', stderr: '' });
  });

  it('fixes the seed article as its golden output says, and only that', () => {
    const { code, stdout } = run([SEED]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('fixtures/el-salvador-prisoner-swap.expected.txt', 'utf8'));
    expect(stdout).toContain('our deep, deep gratitude');
    expect(stdout).toContain('exchanged Venezuela for Venezuela');
  });

  it('fixes the misheard names of the seed with its canonical-only glossary', () => {
    const { code, stdout } = run(['--glossary', 'fixtures/el-salvador.glossary.yaml', SEED]);
    expect(code).toBe(0);
    for (const name of ['notorious CECOT', 'Nicolás Maduro’s government', 'Secretary Marco Rubio', 'Organization Tren de Aragua', '1798 Alien Enemies Act']) {
      expect(stdout).toContain(name);
    }
  });

  it('shows the seed as an uncoloured unified diff when not on a terminal', () => {
    const { code, stdout } = run(['--diff', SEED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^--- fixtures\/el-salvador-prisoner-swap\.txt\n\+\+\+ /);
    expect(stdout).toContain('+In a separate post, US State Secretary Mark Rubio confirmed the exchange and thanked US officials.');
    expect(stdout).not.toContain('\u001b[');
  });

  it('shows the diff of a text long enough to be cleaned on a worker thread', () => {
    // 16 KB and more go to a worker, whose result comes back without the input: the diff needs it.
    const long = `${'A plain sentence of the long article here.\n'.repeat(500)}It was was a honest mistake.\n`;
    const file = join(dir, 'long.txt');
    writeFileSync(file, long);
    const { code, stdout } = run(['--diff', file]);
    expect(long.length).toBeGreaterThan(16_384);
    expect(code).toBe(0);
    expect(stdout).toContain('-It was was a honest mistake.');
    expect(stdout).toContain('+It was an honest mistake.');
  });

  it('colours the diff with --color, marking the changed words inside each line', () => {
    const { stdout } = run(['--diff', '--color', SEED]);
    // Struck out, then underlined: the words that went and came, inside one line of the new text.
    expect(stdout).toMatch(/leader \u001b\[31m\u001b\[9mBaukele\u001b\[29m\u001b\[39m\u001b\[32m\u001b\[4mBukele\u001b/);
    expect(stdout).not.toMatch(/^\S*-Relations between/m);
  });

  it('marks changed words as [-old-]{+new+} with --diff=word, and --diff=line keeps whole lines on a terminal', () => {
    const { code, stdout } = run(['--diff=word', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Relations between [-Salvadorian-]{+Salvadoran+} leader [-Baukele-]{+Bukele+} and US President');
    expect(run(['--check', '--diff=word', SEED]).stdout).toContain('[-Baukele-]{+Bukele+}');
    const lines = run(['--diff=line', '--color', SEED]).stdout;
    expect(lines).toMatch(/^\u001b\[32m\+Relations between Salvadoran leader Bukele/m);
    expect(run(['--diff=words', SEED])).toMatchObject({ code: 2, stderr: 'error: --diff=words: expected --diff=word or --diff=line\n' });
  });

  it('writes the seed as JSON, each change positioned in the input', () => {
    const { code, stdout } = run(['--format', 'json', SEED]);
    expect(code).toBe(0);
    const input = readFileSync(SEED, 'utf8');
    const changes = JSON.parse(stdout).files[0].changes as { fixer: string; original: string; offset: number; length: number }[];
    for (const change of changes) expect(input.slice(change.offset, change.offset + change.length)).toBe(change.original);
    expect(new Set(changes.map((c) => c.fixer))).toEqual(new Set(['repeated-phrase', 'names', 'name-consistency', 'article', 'spacing']));
  });

  it('fails on a missing file with one line naming it, exit 2', () => {
    const { code, stdout, stderr } = run(['no/such/file.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('unmangle: no/such/file.txt: no such file\n');
  });

  it('refuses a file that is not UTF-8, and a folder with nothing to clean', () => {
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(run([bad])).toMatchObject({ code: 2, stderr: `unmangle: ${bad}: is not valid UTF-8\n` });
    const empty = mkdtempSync(join(tmpdir(), 'unmangle-empty-'));
    expect(run([empty])).toMatchObject({ code: 2, stderr: `unmangle: ${empty}: has no .txt, .md, .markdown, .srt, .vtt files to clean\n` });
  });

  it('prints diffs for several files', () => {
    const dirty = join(dir, 'dirty.txt');
    const clean = join(dir, 'clean.txt');
    writeFileSync(dirty, 'the the end\n');
    writeFileSync(clean, 'the end\n');
    const { code, stdout } = run([dirty, clean]);
    expect(code).toBe(0);
    expect(stdout).toContain(`--- ${dirty}`);
    expect(stdout).not.toContain(clean);
  });

  it('prints its version, help and fixers', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Examples:') });
    expect(run(['--list-fixers']).stdout).toMatch(/^repeated-phrase /);
  });

  it('rejects an unknown option with exit 2 and no stack trace', () => {
    const { code, stderr } = run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--bogus'");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('explains each change on stderr', () => {
    const { stdout, stderr } = run(['--explain'], 'a hour\n');
    expect(stdout).toBe('an hour\n');
    expect(stderr).toBe('<stdin>:1:1  article/an  "a hour" → "an hour"  Use `an` before `hour`: the h of hour- is silent (an hour, an hourly) (confidence 0.90)\n');
  });

  it('stops quietly when the reader of its output goes away', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'the the line\n'.repeat(200_000));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" ${BIN} "${big}" | head -n 1`], { encoding: 'utf8' });
    expect(result.stdout).toBe('the line\n');
    expect(result.stderr).toBe('');
  });
});
