/**
 * `npm run bench`: unmangle against textlint + textlint-rule-prh and retext (repeated-words, indefinite-
 * article) on the same inputs, in the same run. Prints a table and writes bench/results.md. Not a test:
 * it measures; the tests check correctness.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { FOLDER, nameDenseLine, prepareCorpus, prepareGlossaries, WORK } from './inputs.js';
import { measureStartup, startupRows } from './startup.js';
const QUICK = process.env['BENCH_QUICK'] === '1';
const RUNS = QUICK ? 1 : 3;

interface Measurement {
  tool: string;
  bytes: number;
  seconds: number[];
  maxRssMb: number;
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  const corpus = prepareCorpus();
  const glossaries = prepareGlossaries();
  const rows: string[][] = [];
  const note = (label: string, m: Measurement, extra = ''): number => {
    const rates = m.seconds.map((s) => m.bytes / 1e6 / s).sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)]!;
    rows.push([label, `${(m.bytes / 1e6).toFixed(1)} MB`, median.toFixed(2), `${rates[0]!.toFixed(2)}–${rates.at(-1)!.toFixed(2)}`, m.maxRssMb.toFixed(0), extra]);
    console.log(rows.at(-1)!.join(' | '));
    return median;
  };

  console.log('\n# Throughput (MB/s, median of runs, min–max; peak RSS of the measuring process)');
  const full = note('unmangle, default pipeline, 20 MB file', measure('unmangle', corpus.big, '-', RUNS));
  const fullLines = note('unmangle, default pipeline, 20 MB file, one paragraph a line', measure('unmangle', corpus.bigLines, '-', RUNS));
  const brown = note('unmangle, default pipeline, Brown (6 MB)', measure('unmangle', corpus.brown, '-', RUNS));
  note('unmangle, default pipeline, Brown, one paragraph a line', measure('unmangle', corpus.brownLines, '-', RUNS));
  const floor = note('one regular expression in Node (the floor), 20 MB file', measure('regex', corpus.big, '-', RUNS));
  const cliMeasurement = cliRun(corpus.big);
  const cli = note('unmangle command line, 20 MB file, standard input to output', cliMeasurement, 'a process of its own, start-up included');
  const codespell = codespellRate(corpus.brown);
  if (codespell) rows.push(['codespell (check), Brown', '6.0 MB', codespell.median.toFixed(2), codespell.range, '–', 'a separate process, start-up included']);
  else rows.push(['codespell (check), Brown', '6.0 MB', '–', '–', '–', 'not installed here (apt-get install codespell)']);
  const withGlossary: Record<number, number> = {};
  for (const size of [10, 1000, 10000]) {
    withGlossary[size] = note(`unmangle + ${size}-entry glossary, Brown`, measure('unmangle', corpus.brown, glossaries[size]!.unmangle, RUNS));
  }
  const peerBytes = QUICK ? 100_000 : 1_000_000;
  const textlint: Record<number, number> = {};
  for (const size of [10, 1000]) {
    textlint[size] = note(`textlint + prh, ${size} rules (first ${peerBytes / 1e6} MB of Brown)`, measure('textlint', corpus.brown, glossaries[size]!.prh, 1, peerBytes));
  }
  const retext = note(`retext repeated-words + indefinite-article (first ${peerBytes / 1e6} MB)`, measure('retext', corpus.brown, '-', 1, peerBytes));

  console.log('\n# Inputs that could go super-linear (unmangle, 1 MB each)');
  const normal = note('normal: 1 MB of Brown', measure('unmangle', corpus.brown, '-', RUNS, 1_000_000));
  const adversarial: [string, string][] = [
    ['one word repeated', 'word '.repeat(200_000)],
    ['no space or newline', 'abcdefghij'.repeat(100_000)],
    ['100,000 short lines', 'a line\n'.repeat(100_000).slice(0, 1_000_000)],
    ['one 10,000-word sentence', `${Array.from({ length: 10_000 }, (_, i) => `word${i % 97}`).join(' ')}.`],
    ['one line of 40,000 name-dense words', nameDenseLine(40_000)],
    ['1 MB of Brown, one paragraph a line', readFileSync(corpus.brownLines, 'utf8').slice(0, 1_000_000)],
    ['1 MB of Brown on one line', readFileSync(corpus.brown, 'utf8').slice(0, 1_000_000).replace(/\s*\n\s*/g, ' ')],
  ];
  const slowest: string[] = [];
  if (!QUICK) {
    const file = join(WORK, 'brown-50mb.txt');
    const big = readFileSync(corpus.big, 'utf8');
    writeFileSync(file, `${big}\n\n${big}\n\n${big.slice(0, 10_000_000)}`);
    const rate = note('adversarial: a 50 MB file', measure('unmangle', file, '-', 1));
    if (rate < normal / 3) slowest.push('a 50 MB file');
  }
  for (const [label, text] of adversarial) {
    const file = join(WORK, `${label.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const rate = note(`adversarial: ${label}`, measure('unmangle', file, '-', RUNS));
    if (rate < normal / 3) slowest.push(label);
  }

  console.log('\n# Start-up (ms, median of 21, the three in turn)');
  const { bare, version, oneLine } = measureStartup(21);
  const startup = startupRows({ bare, version, oneLine });
  for (const row of startup) console.log(row.join(' | '));

  console.log('\n# Folder mode (--check over the 500 Brown files)');
  const bin = join(process.cwd(), 'bin/unmangle.js');
  const check = (workers: number, folder: string): string[] => [bin, '--check', '--workers', String(workers), folder];
  const folder = [1, 2].map((workers) => {
    const seconds = median(Array.from({ length: RUNS }, () => timeOnce(process.execPath, check(workers, FOLDER))));
    console.log(`${workers} worker(s) | ${(corpus.files / seconds).toFixed(0)} files/s`);
    return corpus.files / seconds;
  });
  // The ceiling two threads can reach here: two processes at once, each on half the files.
  const separate: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await Promise.all(['a', 'b'].map((half) => runAsync(process.execPath, check(1, join(FOLDER, half)))));
    separate.push(corpus.files / ((performance.now() - start) / 1000));
  }
  const ceiling = median(separate);
  console.log(`two processes, half each | ${ceiling.toFixed(0)} files/s`);

  const summary = [
    `- Full default pipeline, 20 MB: **${full.toFixed(1)} MB/s** with blank lines between paragraphs, **${fullLines.toFixed(1)} MB/s** one paragraph a line (target ≥ 20 in both).`,
    `- Against one regular expression in Node on the same 20 MB: **${(full / floor).toFixed(3)}×** its speed.`,
    `- The command line on the 20 MB file, standard input to output: **${cli.toFixed(1)} MB/s**, ${TIME ? `peak RSS **${cliMeasurement.maxRssMb.toFixed(0)} MB**` : 'peak RSS not measured (no /usr/bin/time)'} (target < 200 MB).`,
    codespell
      ? `- Against codespell on Brown: **${(brown / codespell.median).toFixed(2)}×** its MB/s (target ≥ 2.5×).`
      : '- Against codespell on Brown: not measured, codespell is not installed here.',
    `- Against textlint + prh with the same 1,000-entry dictionary: **${(withGlossary[1000]! / textlint[1000]!).toFixed(0)}×** (target ≥ 50×); with 10 entries ${(withGlossary[10]! / textlint[10]!).toFixed(0)}×.`,
    `- Against retext (repeated-words + indefinite-article): **${(full / retext).toFixed(1)}×**.`,
    `- 10,000-entry glossary vs 10-entry: **${(withGlossary[10]! / withGlossary[10000]!).toFixed(2)}×** the time (target ≤ 1.5×).`,
    `- Start-up: \`--version\` **${(version / bare).toFixed(2)}×** bare node (target ≤ 1.5×); one line of input ${(oneLine / bare).toFixed(2)}×.`,
    `- Folder mode on 2 workers: **${(folder[1]! / folder[0]!).toFixed(2)}×** the files/s of 1 worker; **${(folder[1]! / ceiling).toFixed(2)}×** what two separate processes reach (target ≥ 0.9×).`,
    `- Adversarial inputs below a third of the normal MB/s: ${slowest.length === 0 ? 'none' : slowest.join(', ')}.`,
  ];
  console.log(`\n${summary.join('\n')}`);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  writeFileSync(
    'bench/results.md',
    [
      `# Benchmark results`,
      '',
      `${new Date().toISOString().slice(0, 10)}, ${machine}${QUICK ? ' (BENCH_QUICK: one run, small peer inputs)' : ''}.`,
      '',
      ...summary,
      '',
      '| measurement | input | MB/s (median) | min–max | peak RSS MB | |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
      '',
      '| start-up | ms | × node |',
      '| --- | --- | --- |',
      ...startup.map((row) => `| ${row.join(' | ')} |`),
      '',
      `Folder mode, ${corpus.files} files: ${folder.map((f, i) => `${i + 1} worker${i ? 's' : ''} ${f.toFixed(0)} files/s`).join(', ')}; two processes on half each ${ceiling.toFixed(0)} files/s.`,
      '',
    ].join('\n'),
  );
}

function measure(tool: string, input: string, glossary: string, runs: number, maxBytes?: number): Measurement {
  const args = ['--import', 'tsx', 'bench/measure.ts', tool, input, glossary, String(runs), ...(maxBytes ? [String(maxBytes)] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measurement;
}

/**
 * The command line as a user runs it on one file (`unmangle < file > out`): its own process, start-up,
 * reading, the worker thread and writing included; the peak RSS of that process as GNU time reports it.
 */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function cliRun(file: string): Measurement {
  const bytes = readFileSync(file).length;
  const seconds: number[] = [];
  let maxRssMb = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    // GNU time (Debian's `time` package) reports the peak RSS; without it, only the time is measured.
    const [command, args] = TIME ? [TIME, ['-f', '%M', process.execPath, 'bin/unmangle.js']] : [process.execPath, ['bin/unmangle.js']];
    const result = spawnSync(command, args, { stdio: [openSync(file, 'r'), 'ignore', 'pipe'], encoding: 'utf8' });
    seconds.push((performance.now() - start) / 1000);
    if (result.status !== 0) throw new Error(`unmangle < ${file} failed: ${result.stderr ?? result.error}`);
    if (TIME) maxRssMb = Math.max(maxRssMb, Number(result.stderr.trim().split('\n').at(-1)) / 1024);
  }
  return { tool: 'unmangle-cli', bytes, seconds, maxRssMb };
}

/** codespell over one file, as CI runs it (a process of its own), in MB/s; null where it is not installed. */
function codespellRate(file: string): { median: number; range: string } | null {
  if (spawnSync('codespell', ['--version']).status !== 0) return null;
  const bytes = readFileSync(file).length;
  const rates = Array.from({ length: RUNS }, () => bytes / 1e6 / timeOnce('codespell', [file])).sort((a, b) => a - b);
  console.log(`codespell (check), Brown | ${rates.map((r) => r.toFixed(2)).join(', ')} MB/s`);
  return { median: rates[Math.floor(rates.length / 2)]!, range: `${rates[0]!.toFixed(2)}–${rates.at(-1)!.toFixed(2)}` };
}

/** Run a command to its end without blocking the others started beside it. */
function runAsync(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 2 ? fail(new Error(`${args.join(' ')} failed`)) : done()));
  });
}

function timeOnce(command: string, args: string[], input?: string, cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { input, cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
  if (result.status === 2) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return (performance.now() - start) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();
