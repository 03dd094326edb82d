/**
 * `npm run bench`: unmangle against textlint + textlint-rule-prh and retext (repeated-words, indefinite-
 * article) on the same inputs, in the same run. Prints a table and writes bench/results.md. Not a test:
 * it measures; the tests check correctness.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brownDir, brownFiles, brownText } from '../test/helpers/brown.js';
import { englishLexicon } from '../src/glossary/lexicon.js';

const WORK = 'bench/.work';
const QUICK = process.env['BENCH_QUICK'] === '1';
const RUNS = QUICK ? 1 : 3;

interface Measurement {
  tool: string;
  bytes: number;
  seconds: number[];
  maxRssMb: number;
}

function main(): void {
  mkdirSync(join(WORK, 'folder'), { recursive: true });
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
  note('unmangle, default pipeline, Brown (6 MB)', measure('unmangle', corpus.brown, '-', RUNS));
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
  ];
  const slowest: string[] = [];
  for (const [label, text] of adversarial) {
    const file = join(WORK, `${label.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const rate = note(`adversarial: ${label}`, measure('unmangle', file, '-', RUNS));
    if (rate < normal / 3) slowest.push(label);
  }

  console.log('\n# Start-up (ms, median of 10)');
  const bare = timeCommand(process.execPath, ['-e', '0']);
  const version = timeCommand(process.execPath, ['bin/unmangle.js', '--version']);
  const oneLine = timeCommand(process.execPath, ['bin/unmangle.js'], 'It was was a honest mistake.\n');
  const startup = [
    ['node -e 0', bare.toFixed(0), '1.00'],
    ['unmangle --version', version.toFixed(0), (version / bare).toFixed(2)],
    ['unmangle, one line on stdin', oneLine.toFixed(0), (oneLine / bare).toFixed(2)],
  ];
  for (const row of startup) console.log(row.join(' | '));

  console.log('\n# Folder mode (--check over the 500 Brown files)');
  const folder = [1, 2].map((workers) => {
    // Run inside the folder: the project's .gitignore leaves bench/.work out, as it should.
    const bin = join(process.cwd(), 'bin/unmangle.js');
    const seconds = median(Array.from({ length: RUNS }, () => timeOnce(process.execPath, [bin, '--check', '--workers', String(workers), '.'], undefined, join(WORK, 'folder'))));
    const filesPerSecond = corpus.files / seconds;
    console.log(`${workers} worker(s) | ${filesPerSecond.toFixed(0)} files/s`);
    return filesPerSecond;
  });

  const summary = [
    `- Full default pipeline, 20 MB: **${full.toFixed(1)} MB/s** (target ≥ 20).`,
    `- Against textlint + prh with the same 1,000-entry dictionary: **${(withGlossary[1000]! / textlint[1000]!).toFixed(0)}×** (target ≥ 50×); with 10 entries ${(withGlossary[10]! / textlint[10]!).toFixed(0)}×.`,
    `- Against retext (repeated-words + indefinite-article): **${(full / retext).toFixed(1)}×**.`,
    `- 10,000-entry glossary vs 10-entry: **${(withGlossary[10]! / withGlossary[10000]!).toFixed(2)}×** the time (target ≤ 1.5×).`,
    `- Start-up: \`--version\` **${(version / bare).toFixed(2)}×** bare node (target ≤ 1.5×); one line of input ${(oneLine / bare).toFixed(2)}×.`,
    `- Folder mode on 2 workers: **${(folder[1]! / folder[0]!).toFixed(2)}×** the files/s of 1 worker (target ≥ 1.6×).`,
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
      `Folder mode, ${corpus.files} files: ${folder.map((f, i) => `${i + 1} worker${i ? 's' : ''} ${f.toFixed(0)} files/s`).join(', ')}.`,
      '',
    ].join('\n'),
  );
}

/** Brown as text: one 6 MB file, a 20 MB concatenation, and a folder of its 500 files. */
function prepareCorpus(): { brown: string; big: string; files: number } {
  const texts = brownFiles().map((file) => {
    const text = brownText(file);
    writeFileSync(join(WORK, 'folder', `${file}.txt`), text);
    return text;
  });
  const all = texts.join('\n');
  const brown = join(WORK, 'brown.txt');
  writeFileSync(brown, all);
  let big = all;
  while (big.length < 20_000_000) big += `\n${all}`;
  const bigPath = join(WORK, 'brown-20mb.txt');
  writeFileSync(bigPath, big.slice(0, big.lastIndexOf('\n\n', 20_000_000)));
  return { brown, big: bigPath, files: texts.length };
}

/**
 * Glossaries of real names (built-in countries and demonyms, proper nouns a dictionary knows, then proper
 * nouns tagged in the corpus) with two garbles each, written for unmangle and as the same dictionary for
 * prh. A garble that is an English word is left out, as any editor would: "Thais" without its "a" is
 * "This", and listing it rewrote every "this". Only names with a garble left are used, so each size is
 * exactly that many entries.
 */
function prepareGlossaries(): Record<number, { unmangle: string; prh: string }> {
  const world = JSON.parse(readFileSync('src/data/world-names.generated.json', 'utf8')) as { names: [string, string, string][] };
  const proper = JSON.parse(readFileSync('src/data/proper-nouns.generated.json', 'utf8')) as { words: string[] };
  const corpus = corpusProperNouns();
  const names = [...new Set([...world.names.filter(([, kind]) => kind === 'country' || kind === 'demonym').map(([name]) => name), ...proper.words, ...corpus])]
    .filter((name) => /^[A-Z][a-z]{4,}$/.test(name));
  // A garble must not be a real name of any length either ("Lagos" without its "g" is "Laos").
  const taken = new Set([...world.names.map(([name]) => name), ...proper.words, ...corpus].map((name) => name.toLowerCase()));
  const lexicon = englishLexicon();
  const entries: [string, string[]][] = [];
  for (const name of names) {
    const garbles = [name.slice(0, 2) + name.slice(3), name.slice(0, 2) + name[3] + name[2] + name.slice(4)].filter((garble) => {
      const key = garble.toLowerCase();
      if (garble === name || taken.has(key) || lexicon.isWord(key)) return false;
      taken.add(key);
      return true;
    });
    if (garbles.length > 0) entries.push([name, garbles]);
  }
  if (entries.length < 10_000) throw new Error(`only ${entries.length} names for the 10,000-entry glossary`);
  const result: Record<number, { unmangle: string; prh: string }> = {};
  for (const size of [10, 1000, 10000]) {
    const chosen = entries.slice(0, size);
    const unmangle = join(WORK, `glossary-${size}.yaml`);
    const prh = join(WORK, `prh-${size}.yml`);
    writeFileSync(unmangle, chosen.map(([name, garbles]) => `${name}: [${garbles.join(', ')}]`).join('\n') + '\n');
    writeFileSync(prh, `version: 1\nrules:\n${chosen.map(([name, garbles]) => `  - expected: ${name}\n    patterns: [${garbles.join(', ')}]`).join('\n')}\n`);
    result[size] = { unmangle, prh };
  }
  return result;
}

/** The corpus's own proper nouns (tagged np), most frequent first. */
function corpusProperNouns(): string[] {
  const counts = new Map<string, number>();
  for (const file of brownFiles()) {
    for (const [, word] of readFileSync(join(brownDir(), file), 'utf8').matchAll(/(?:^|\s)([A-Z][a-z]+)\/np(?:-tl)?(?=\s)/g)) {
      counts.set(word!, (counts.get(word!) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

function measure(tool: string, input: string, glossary: string, runs: number, maxBytes?: number): Measurement {
  const args = ['--import', 'tsx', 'bench/measure.ts', tool, input, glossary, String(runs), ...(maxBytes ? [String(maxBytes)] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measurement;
}

function timeOnce(command: string, args: string[], input?: string, cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { input, cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
  if (result.status === 2) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return (performance.now() - start) / 1000;
}

function timeCommand(command: string, args: string[], input?: string): number {
  return median(Array.from({ length: 10 }, () => timeOnce(command, args, input) * 1000));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

main();

/**
 * One line of words drawn from a few names, garbles and function words, as a meeting transcript that
 * repeats a few names is (or a hostile input): it once took 15 s for 40,000 words. Seeded, so every run
 * measures the same text.
 */
function nameDenseLine(words: number): string {
  const pool = ['Bukele', 'Baukele', 'Al', 'Salvador', 'Maduro', 'the', 'and', 'a'];
  let seed = 1;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: words }, () => pool[Math.floor(next() * pool.length)]).join(' ') + '\n';
}
