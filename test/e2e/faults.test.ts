import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';

const BIN = join(process.cwd(), 'bin/unmangle.js');

describe('interrupted while writing', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s leaves every file old or wholly new, no temp file, exit 2', async (signal) => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-signal-'));
    const dirty = `${'It was was a honest mistake, said the the minister. '.repeat(4000)}\n`;
    const fixed = unmangle(dirty).output;
    for (let i = 0; i < 60; i++) writeFileSync(join(folder, `f${String(i).padStart(2, '0')}.txt`), dirty);
    const child = spawn(process.execPath, [BIN, '--write', '.'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Interrupt once the first files are written, while others are still being cleaned.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    expect(code).toBe(2);
    expect(stderr).toContain(`unmangle: interrupted (${signal})`);
    const names = readdirSync(folder);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const contents = names.map((name) => readFileSync(join(folder, name), 'utf8'));
    for (const content of contents) expect([dirty, fixed]).toContain(content);
    expect(contents.filter((content) => content === fixed).length).toBeGreaterThan(0);
    expect(contents.filter((content) => content === dirty).length).toBeGreaterThan(0);
    expect(stdout.split('\n').filter(Boolean).length).toBe(contents.filter((content) => content === fixed).length);
  }, 60_000);
});
