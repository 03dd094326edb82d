/**
 * How many sound-alike guesses a big glossary makes on clean, edited English: every `names` finding on the
 * Brown corpus made by sound and spelling (rules `sounds-like` and `surname`; not listed variants, known
 * forms, case restored, split or merged names). The names issue's "never worse" measure. Run
 * `npm run bench` once first: it writes the glossaries this reads.
 *
 *   tsx bench/guesses.ts [entries: 10 | 1000 | 10000]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUnmangler } from '../src/index.js';
import { brownFiles, brownText } from '../test/helpers/brown.js';

const GUESSES = new Set(['sounds-like', 'surname']);
const size = process.argv[2] ?? '1000';
const glossary = join('bench', '.work', `glossary-${size}.yaml`);
if (!existsSync(glossary)) {
  console.error(`${glossary} is missing: run \`npm run bench\` first, which writes it`);
  process.exit(2);
}
const clean = createUnmangler({ glossaries: [{ file: glossary, text: readFileSync(glossary, 'utf8') }] });
let words = 0;
const guesses: string[] = [];
for (const file of brownFiles()) {
  const text = brownText(file);
  words += text.split(/\s+/).filter(Boolean).length;
  const result = clean(text);
  for (const [kind, found] of [['change', result.changes], ['suggestion', result.suggestions]] as const) {
    for (const change of found) {
      if (change.fixer !== 'names' || !GUESSES.has(change.rule)) continue;
      guesses.push(`${file}:${change.start.line}:${change.start.column} ${kind} ${change.rule} ${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}`);
    }
  }
}
console.log(guesses.join('\n'));
const changes = guesses.filter((line) => line.includes(' change ')).length;
console.log(`\n${guesses.length} sound-alike guesses (${changes} changes, ${guesses.length - changes} suggestions) in ${words} words: ${((guesses.length / words) * 10_000).toFixed(2)} per 10,000, with the ${size}-entry glossary`);
