/**
 * `npm run bench:cache`: what --cache saves. The 500 Brown files as the benchmark lays them out (one
 * article-sized file each, in two halves), then `unmangle --check --cache` twice through the built CLI:
 * the first run cleans every file and records the clean ones, the second reads and hashes them and cleans
 * only the rest. Three rounds, each from an empty cache; prints the medians. Not a test: it measures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brownFiles, brownText } from '../test/helpers/brown.js';

const ROUNDS = 3;
const BIN = join(process.cwd(), 'bin/unmangle.js');

function layOut(): string {
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-bench-cache-'));
  brownFiles().forEach((file, i) => {
    const half = join(folder, i % 2 ? 'b' : 'a');
    mkdirSync(half, { recursive: true });
    writeFileSync(join(half, `${file}.txt`), brownText(file));
  });
  return folder;
}

/** One `--check --cache` run: its wall time in seconds and its output. */
function check(folder: string, cache: string): { seconds: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [BIN, '--check', '--quiet', '--cache-location', cache, 'a', 'b'], { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`unmangle exited ${result.status}: ${result.stderr}`);
  return { seconds, stdout: result.stdout };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
const folder = layOut();
try {
  const first: number[] = [];
  const second: number[] = [];
  let cached = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const cache = join(folder, `cache-${round}.json`);
    const cold = check(folder, cache);
    const warm = check(folder, cache);
    // The cache may only save time: the second run reports exactly what the first did.
    if (warm.stdout !== cold.stdout) throw new Error('the second run reported something else than the first');
    first.push(cold.seconds);
    second.push(warm.seconds);
    cached = Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as { files: object }).files).length;
  }
  const [a, b] = [median(first), median(second)];
  console.log(`500 files, --check --cache, median of ${ROUNDS}: first run ${a.toFixed(2)} s, second ${b.toFixed(2)} s (${(b / a * 100).toFixed(0)}% of the first; ${cached} files found clean and cached)`);
  console.log(`runs: first ${first.map((s) => s.toFixed(2)).join(', ')}; second ${second.map((s) => s.toFixed(2)).join(', ')}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
