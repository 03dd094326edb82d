/**
 * Start-up: `unmangle --version` and one line on stdin, against bare `node -e 0`, each run in turn so the
 * three see the same machine; medians. `npm run bench:startup` prints the rows (and `npm run bench` has
 * them too). Targets: `--version` ≤ 1.5× bare node, one line ≤ 2×.
 *
 *   tsx bench/startup.ts [runs, default 21]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Startup {
  /** Medians, in ms. */
  readonly bare: number;
  readonly version: number;
  readonly oneLine: number;
}

const CASES = {
  bare: { args: ['-e', '0'], input: undefined },
  version: { args: ['bin/unmangle.js', '--version'], input: undefined },
  oneLine: { args: ['bin/unmangle.js'], input: 'It was was a honest mistake.\n' },
} as const;

export function measureStartup(runs = 21): Startup {
  const times = { bare: [] as number[], version: [] as number[], oneLine: [] as number[] };
  for (let run = 0; run < runs; run++) {
    for (const [name, { args, input }] of Object.entries(CASES) as [keyof Startup, (typeof CASES)[keyof Startup]][]) {
      const start = performance.now();
      const result = spawnSync(process.execPath, args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
      times[name].push(performance.now() - start);
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    }
  }
  return { bare: median(times.bare), version: median(times.version), oneLine: median(times.oneLine) };
}

/** The rows of the README's table: what ran, ms, × bare node. */
export function startupRows({ bare, version, oneLine }: Startup): string[][] {
  return [
    ['node -e 0', bare.toFixed(0), '1.00'],
    ['unmangle --version', version.toFixed(0), (version / bare).toFixed(2)],
    ['unmangle, one line on stdin', oneLine.toFixed(0), (oneLine / bare).toFixed(2)],
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 21);
  console.log(`# Start-up (ms, median of ${runs})`);
  for (const row of startupRows(measureStartup(runs))) console.log(row.join(' | '));
}
