import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/unmangle.js');
/**
 * How long a signalled run may take to end. A correctness bound, not a speed measurement: the code aims at
 * well under a second, and this leaves room for a loaded two-core machine. The documents below take the
 * code before the fix far longer than this to clean, and it acted on a signal only between documents.
 */
const EXIT_BOUND_MS = 5000;

/** Name-dense text, the slowest kind to clean: `size` bytes of these words in a fixed random order. */
function nameDenseText(size: number): string {
  const words = 'Bukele Baukele Al Salvador Maduro the and a'.split(' ');
  let seed = 42;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const parts: string[] = [];
  for (let length = 0; length < size; ) {
    const word = words[Math.floor(random() * words.length)]!;
    parts.push(word);
    length += word.length + 1;
  }
  return `${parts.join(' ')}\n`;
}

interface Run {
  readonly child: ChildProcess;
  readonly output: { stdout: string; stderr: string };
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function start(args: string[], cwd: string, stdin: 'ignore' | 'pipe' | number = 'ignore'): Run {
  // Bounded whatever happens: a heap cap, and killed outright past a minute.
  const child = spawn(process.execPath, ['--max-old-space-size=1024', BIN, ...args], { cwd, stdio: [stdin, 'pipe', 'pipe'], timeout: 60_000, killSignal: 'SIGKILL' });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk) => (output.stdout += chunk));
  child.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, output, exit };
}

/** Send `signal` and wait for the exit: how long it took, the code and what was said on stderr. */
async function interrupt(run: Run, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number; stderr: string }> {
  const sent = Date.now();
  run.child.kill(signal);
  const { code, at } = await run.exit;
  return { code, ms: at - sent, stderr: run.output.stderr };
}

/** Resolves once `ready()` holds, polled; the process tells us it got there (an open file, an output line). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 20_000; !ready(); ) {
    if (Date.now() > deadline) throw new Error(`never saw: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Linux: the process has `path` open. */
function hasOpen(pid: number, path: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** Linux: the process's event loop is polling standard input (fd 0 is in its epoll set). */
function pollsStdin(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/fdinfo`).some((fd) => {
      try {
        return /^tfd:\s+0\s/m.test(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'));
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

const linux = process.platform === 'linux';

/** A run of unmangle on a FIFO named on the command line. */
function onFifo(): { fifo: string; run: Run } {
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-signal-'));
  const fifo = join(folder, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  return { fifo, run: start([fifo], folder) };
}

describe('a signal ends a run while a long document is being cleaned', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s under --write: exit 2 within the bound, the big files untouched, no temp file', async (signal) => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-signal-'));
    const dense = nameDenseText(1_500_000);
    writeFileSync(join(folder, 'a.txt'), 'It was was a honest mistake.\n');
    writeFileSync(join(folder, 'b.txt'), dense);
    writeFileSync(join(folder, 'c.txt'), dense);
    const run = start(['--write', '.'], folder);
    // a.txt is written first; by then b.txt and c.txt are being cleaned.
    await until(() => run.output.stdout.includes('fixed a.txt'), 'a.txt written');
    const { code, ms, stderr } = await interrupt(run, signal);
    expect(code).toBe(2);
    expect(stderr).toContain(`unmangle: interrupted (${signal})`);
    expect(ms).toBeLessThan(EXIT_BOUND_MS);
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(dense);
    expect(readFileSync(join(folder, 'c.txt'), 'utf8')).toBe(dense);
  }, 90_000);
});

describe.runIf(linux)('a signal ends a run that waits for input', () => {
  it('a FIFO named on the command line with no writer yet', async () => {
    const { fifo, run } = onFifo();
    await until(() => hasOpen(run.child.pid!, fifo), 'the FIFO opened');
    const { code, ms, stderr } = await interrupt(run, 'SIGTERM');
    expect([code, stderr]).toEqual([2, 'unmangle: interrupted (SIGTERM): files already written are complete, the others untouched\n']);
    expect(ms).toBeLessThan(EXIT_BOUND_MS);
  }, 60_000);

  it('a FIFO whose writer says nothing', async () => {
    const { fifo, run } = onFifo();
    // A writer can open without blocking only once a reader has it open: that is the sign the run got there.
    let writer = -1;
    await until(() => {
      try {
        writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
        return true;
      } catch {
        return false;
      }
    }, 'the FIFO opened for reading');
    try {
      const { code, ms } = await interrupt(run, 'SIGINT');
      expect(code).toBe(2);
      expect(ms).toBeLessThan(EXIT_BOUND_MS);
    } finally {
      closeSync(writer);
    }
  }, 60_000);

  it('a FIFO is still read in full once its writer comes', async () => {
    const { fifo, run } = onFifo();
    await until(() => hasOpen(run.child.pid!, fifo), 'the FIFO opened');
    writeFileSync(fifo, 'It was was a honest mistake.\n');
    expect((await run.exit).code).toBe(0);
    expect(run.output.stdout).toBe('It was an honest mistake.\n');
  }, 60_000);

  it('standard input that never ends: the first SIGINT', async () => {
    const run = start([], tmpdir(), 'pipe');
    await until(() => pollsStdin(run.child.pid!), 'standard input read');
    const { code, ms, stderr } = await interrupt(run, 'SIGINT');
    run.child.stdin!.destroy();
    expect([code, stderr]).toEqual([2, 'unmangle: interrupted (SIGINT): files already written are complete, the others untouched\n']);
    expect(ms).toBeLessThan(EXIT_BOUND_MS);
  }, 60_000);
});

/** A glossary of `size` made-up names, each with two misspellings: compiling it keeps a thread busy. */
function madeUpGlossary(size: number): string {
  const syllables = ['ka', 'lo', 'mir', 'ten', 'sa', 'vu', 'dor', 'bel', 'qui', 'ran', 'zo', 'fen'];
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    let name = '';
    for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / syllables.length)) name += syllables[n % syllables.length];
    const spelled = name[0]!.toUpperCase() + name.slice(1);
    // No syllable ends in h: no misspelling is another name.
    lines.push(`${spelled}: [${spelled}h, ${spelled}hh]`);
  }
  return `${lines.join('\n')}\n`;
}

describe.runIf(linux)('a signal while this thread compiles a glossary and cleans a short text', () => {
  it('SIGINT: exit 2 and nothing printed, not the whole output once the work is done', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-signal-'));
    writeFileSync(join(folder, 'names.yaml'), madeUpGlossary(10_000));
    const run = start(['--glossary', 'names.yaml'], folder, 'pipe');
    await until(() => pollsStdin(run.child.pid!), 'standard input read');
    // Under 16 KB, so cleaned on this thread, after the 10,000 names are compiled (most of a second here).
    run.child.stdin!.end(nameDenseText(15_000));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const { code, ms, stderr } = await interrupt(run, 'SIGINT');
    expect([code, stderr]).toEqual([2, 'unmangle: interrupted (SIGINT): files already written are complete, the others untouched\n']);
    expect(run.output.stdout).toBe('');
    expect(ms).toBeLessThan(EXIT_BOUND_MS);
  }, 60_000);
});
