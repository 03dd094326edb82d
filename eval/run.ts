/**
 * `npm run eval`: the real-text benchmark. Cleans every document and peer case under eval/ with no
 * configuration, prints the tables, writes them to the README and eval/results.md (with every failing
 * case), and raises eval/floor.json, which test/eval.test.ts holds the code to. `--reset-floor` records the
 * current figures as the floor even where they are lower (after a deliberate trade-off, or new documents).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocuments, loadPeerSuites } from './lib/corpus.js';
import { evaluate } from './lib/evaluate.js';
import { raiseFloor, type Floor } from './lib/floor.js';
import { brokenKeeps, failureList, figures, summaryTables } from './lib/report.js';

const ROOT = 'eval';
const README = 'README.md';
const START = '<!-- eval:start -->';
const END = '<!-- eval:end -->';

const started = performance.now();
const documents = loadDocuments(ROOT);
const suites = loadPeerSuites(ROOT);
const evaluation = evaluate(documents, suites);
const tables = summaryTables(evaluation);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(tables);
console.log(`\n${documents.length} documents, ${evaluation.peers.length} peer cases, ${seconds} s`);

writeFileSync(join(ROOT, 'results.md'), `# Real-text benchmark: results\n\nWritten by \`npm run eval\`.\n\n${tables}\n\n## Every failing case\n\n${failureList(evaluation)}`);

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from !== -1 && to > from) writeFileSync(README, `${readme.slice(0, from + START.length)}\n${tables}\n${readme.slice(to)}`);
else console.error(`${README} has no ${START} … ${END} section: tables not written there`);

const floorFile = join(ROOT, 'floor.json');
const old: Floor | null = existsSync(floorFile) && !process.argv.includes('--reset-floor') ? JSON.parse(readFileSync(floorFile, 'utf8')) : null;
writeFileSync(floorFile, `${JSON.stringify(raiseFloor(old, figures(evaluation), brokenKeeps(evaluation)), null, 2)}\n`);
