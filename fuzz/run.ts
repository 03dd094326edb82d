/**
 * `npm run fuzz [-- --minutes N]`: random and mutated inputs (from the fixtures) through unmangle in every
 * syntax, in-process and now and then through the built CLI, checking the properties the tests check:
 * no exception or hang, changes that reproduce the output at code point boundaries, idempotence, structure
 * kept; a third of the inputs with a generated glossary (names that contain their own variant, prh rules
 * with \s, $& and groups, two-word variants). Anything it finds is saved under test/fuzz-regressions/
 * (its glossary beside it as <name>.glossary.yml), which the test suite replays.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntaxFor, unmangle, type Syntax } from '../src/index.js';
import { checkProperties } from '../test/helpers/invariants.js';

const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg === -1 ? 1 : Number(process.argv[minutesArg + 1]);
const deadline = Date.now() + minutes * 60_000;
const FINDINGS = 'test/fuzz-regressions';
const EXTENSION: Record<Syntax, string> = { text: 'txt', markdown: 'md', srt: 'srt', vtt: 'vtt', whisper: 'whisper.txt' };
const SLOW_MS = 5_000;

const seeds: { text: string; syntax: Syntax }[] = readdirSync('fixtures')
  .filter((file) => /\.(txt|md|srt|vtt)$/.test(file) && !file.includes('.changes.'))
  .map((file) => {
    const text = readFileSync(join('fixtures', file), 'utf8');
    return { text, syntax: syntaxFor(file, text) };
  });
const EXTRA = ['the the', ' Al Salvador', 'a hour', '\r\n', '\n\n', '😀', 'e\u0301', '\u0000', '\uD800', '“', '”', '```', '`', '-->', '[sic]', 'שלום', ' ,', '  ', 'Baukele', '<i>', '\t', '\uFEFF'];

/** Glossaries that have broken cleaning before: self-feeding names, regexes across lines, replacements with $. */
const GLOSSARIES = [
  'St. Louis: [Louis]\nMr. Smith: [Smith]\nCECOT: [Sikot Prison, Sikot]\n',
  'Tren de Aragua: [Train de Argu]\nEl Salvador: [Al Salvador, Salvador]\nBukele: [Baukele]\n',
  ...[
    ['El Salvador', '/Salvador/'],
    ['CECOT', '/Sikot\\s+Prison/'],
    ['x$&y', '/the/'],
    ['$1 Prison', '/(Sikot)\\s+Prison/'],
    ['Tren de Aragua', '/Train\\s+de\\s+Argu/'],
    ['A.', '/a\\s*$/m'],
  ].map(([expected, pattern]) => `version: 1\nrules:\n  - expected: ${JSON.stringify(expected)}\n    pattern: ${pattern}\n`),
];

let seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 100_000);
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  // The high bits: an LCG's low bits repeat with a short period (mod 8 it never picked some glossaries).
  return Math.floor((seed / 0x80000000) * Math.max(1, n));
};

/** One random edit of a text: duplicate a span (a repeat), cut one, insert a troublemaker, or splice two seeds. */
function mutate(text: string): string {
  const at = random(text.length + 1);
  const span = random(60) + 1;
  switch (random(5)) {
    case 0:
      return text.slice(0, at + span) + ' ' + text.slice(at, at + span) + text.slice(at + span);
    case 1:
      return text.slice(0, at) + text.slice(at + span);
    case 2:
      return text.slice(0, at) + EXTRA[random(EXTRA.length)]! + text.slice(at);
    case 3: {
      const other = seeds[random(seeds.length)]!.text;
      const from = random(other.length);
      return text.slice(0, at) + other.slice(from, from + random(400)) + text.slice(at);
    }
    default:
      return Array.from({ length: random(200) }, () => String.fromCharCode(random(0x3000))).join('');
  }
}

function save(text: string, syntax: Syntax, problem: string, glossary?: string): void {
  mkdirSync(FINDINGS, { recursive: true });
  const name = createHash('sha1').update(text + (glossary ?? '')).digest('hex').slice(0, 12);
  writeFileSync(join(FINDINGS, `${name}.${EXTENSION[syntax]}`), text);
  if (glossary) writeFileSync(join(FINDINGS, `${name}.glossary.yml`), glossary);
  console.log(`FOUND (${syntax}) ${problem}: saved ${FINDINGS}/${name}.${EXTENSION[syntax]}`);
}

let runs = 0;
let cliRuns = 0;
let found = 0;
console.log(`fuzzing for ${minutes} minute(s), seed ${seed}`);
while (Date.now() < deadline) {
  const base = seeds[random(seeds.length)]!;
  let text = base.text;
  for (let k = random(6) + 1; k > 0; k--) text = mutate(text);
  const syntaxes: Syntax[] = ['text', 'markdown', 'srt', 'vtt'];
  const syntax = random(3) === 0 ? syntaxes[random(4)]! : base.syntax;
  runs++;
  const glossary = random(3) === 0 ? GLOSSARIES[random(GLOSSARIES.length)] : undefined;
  const options = glossary ? { glossaries: [{ file: 'fuzz.glossary.yml', text: glossary }] } : {};
  const started = Date.now();
  try {
    const problem = checkProperties(text, syntax, options);
    if (problem) {
      found++;
      save(text, syntax, problem, glossary);
    }
  } catch (error) {
    found++;
    save(text, syntax, `threw ${(error as Error).message}`, glossary);
  }
  if (Date.now() - started > SLOW_MS) {
    found++;
    save(text, syntax, `took ${Date.now() - started} ms`, glossary);
  }
  if (runs % 200 === 0) {
    // Through the real executable too: exit code and bytes as the library gives them.
    cliRuns++;
    const cli = spawnSync(process.execPath, ['bin/unmangle.js', '--syntax', syntax], { input: text, encoding: 'utf8' });
    const binary = text.includes('\u0000');
    const expected = binary ? null : unmangle(text, { syntax }).output;
    const ok = binary ? cli.status === 2 : cli.status === 0 && cli.stdout === Buffer.from(expected!, 'utf8').toString('utf8');
    if (!ok && !/[\uD800-\uDFFF]/.test(text)) {
      found++;
      save(text, syntax, `CLI exit ${cli.status}: ${cli.stderr.slice(0, 200)}`);
    }
  }
}
console.log(`done: ${runs} inputs (${cliRuns} through the CLI), ${found} finding(s)`);
process.exitCode = found > 0 ? 1 : 0;
