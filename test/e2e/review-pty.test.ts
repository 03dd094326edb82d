import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/unmangle.js');
const SEED = resolve('fixtures/el-salvador-prisoner-swap.txt');

/**
 * `unmangle -i` on a real pseudo-terminal: script(1) (util-linux) runs it on one and relays our keys to it
 * and its screen to us. Each key is sent once the screen shows the prompt it answers, never on a timer.
 */
function terminal(args: string[], cwd: string, env: Record<string, string> = {}) {
  // CI=true in CI: the child must not see it, or it refuses (as it should) to ask anyone anything.
  const { CI: _ci, ...rest } = process.env;
  const command = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...rest, NO_COLOR: '1', FORCE_COLOR: '', ...env } });
  let screen = '';
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    /** Resolves once `text` is on the screen `times` times; rejects if the program ends first. */
    async waitFor(text: string, times = 1): Promise<void> {
      const count = (): number => screen.split(text).length - 1;
      while (count() < times) {
        const more = new Promise<void>((wake) => waiters.push(wake));
        const ended = exited.then(() => {
          if (count() < times) throw new Error(`ended before "${text}" was shown ${times} times; the screen:\n${screen}`);
        });
        await Promise.race([more, ended]);
      }
    },
    press(keys: string): void {
      child.stdin.write(keys);
    },
    async exit(): Promise<number | null> {
      const code = await exited;
      child.stdin.end();
      return code;
    },
    screen: () => screen,
  };
}

function seedIn(name = 'a.txt'): string {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-pty-'));
  copyFileSync(SEED, join(dir, name));
  return dir;
}

const PROMPT = 'Accept this change?';

describe('unmangle -i on a pseudo-terminal', () => {
  it('shows what the README shows, takes keys as they are pressed, writes the accepted edits when the file is done', async () => {
    const readme = /### Reviewing changes one by one\n[\s\S]*?```\n\$ unmangle (-i article\.txt)\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))!;
    const dir = seedIn('article.txt');
    const tty = terminal(readme[1]!.split(' '), dir);
    await tty.waitFor(PROMPT);
    for (const line of readme[2]!.split('\n').filter(Boolean)) expect(tty.screen().replace(/\r\n/g, '\n')).toContain(line);
    tty.press('y');
    await tty.waitFor(PROMPT, 2);
    tty.press('n');
    await tty.waitFor(PROMPT, 3);
    // Edit the third Al Salvador into something of our own, then reject the rest of the file.
    tty.press('e');
    await tty.waitFor('replace with (empty line: back): ');
    tty.press('Ell Salvador\r');
    await tty.waitFor(PROMPT, 4);
    tty.press('N');
    await tty.waitFor(PROMPT, 5);
    tty.press('N');
    await tty.waitFor(PROMPT, 6);
    tty.press('q');
    expect(await tty.exit()).toBe(0);
    const lines = readFileSync(join(dir, 'article.txt'), 'utf8').split('\n');
    expect(lines[0]).toBe('El Salvador is withdrawing dozens of Venezuela, in exchange for American citizens held in Venezuela, the US and Al Salvador governments announced on Friday.');
    expect(lines[2]).toContain('from the US to Ell Salvador are going');
    expect(lines[3]).toContain('Salvadorian leader Baukele');
    expect(tty.screen()).toContain('1 file written: 2 edits accepted');
  });

  it('Ctrl-C leaves the file as it was, with no temp file beside it, and exits 2', async () => {
    const dir = seedIn();
    const tty = terminal(['-i', 'a.txt'], dir);
    await tty.waitFor(PROMPT);
    tty.press('y');
    await tty.waitFor(PROMPT, 2);
    tty.press('\u0003');
    expect(await tty.exit()).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(tty.screen()).toContain('unmangle: interrupted (SIGINT)');
  });

  it('keys typed ahead at one file do not carry into the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unmangle-pty-'));
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(dir, name), 'It was was here.\n');
    const tty = terminal(['-i', 'a.txt', 'b.txt'], dir);
    await tty.waitFor(PROMPT);
    // One y for a.txt's only change, and one more typed ahead, before b.txt is on screen.
    tty.press('yy');
    await tty.waitFor('── b.txt:1:');
    await tty.waitFor(PROMPT, 2);
    tty.press('n');
    expect(await tty.exit()).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('It was here.\n');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('It was was here.\n');
  });

  it('strikes the old text through and underlines the new in colour', async () => {
    const dir = seedIn();
    const tty = terminal(['-i', 'a.txt'], dir, { NO_COLOR: '' });
    await tty.waitFor('Accept this change');
    expect(tty.screen()).toContain('\u001b[9mAl Salvador');
    expect(tty.screen()).toContain('\u001b[4mEl Salvador');
    tty.press('q');
    expect(await tty.exit()).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});
