/**
 * `npm run eval:learn`: how well `unmangle learn` proposes a glossary. The 500 files of the Brown corpus get
 * their names garbled at known rates (eval/lib/garble.ts, seeded), are written as a folder, and learned
 * from through the command line; the proposed variant → name pairs are scored against the garbles written.
 * Prints the table and writes it to the README between the learn markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brownFiles } from '../test/helpers/brown.js';
import { MISS_REASONS, measureLearn, type LearnMeasure } from './lib/learn-measure.js';

const README = 'README.md';
const START = '<!-- learn:start -->';
const END = '<!-- learn:end -->';
const RATES = [0.05, 0.1, 0.2];
export const SEED = 1;
/** Pairs proposed on the clean corpus shown as examples. */
const EXAMPLES = 12;

const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(2));
const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

function table(clean: LearnMeasure, measures: readonly LearnMeasure[]): string {
  const cleanPairs = new Set(clean.wrong.map(([variant, name]) => `${variant}\u0000${name}`));
  const lines = [
    row(['names garbled', 'mentions garbled', 'garble → name pairs', 'proposed', 'right', 'wrong (also proposed on the clean corpus)', 'precision', 'recall', 'recall where the name is written twice, more than its garble']),
    row(Array(9).fill('---')),
    ...measures.map((m) => {
      const natural = m.wrong.filter(([variant, name]) => cleanPairs.has(`${variant}\u0000${name}`)).length;
      const cells = [`${m.rate * 100}%`, `${m.garbled} of ${m.mentions}`, m.pairs, m.proposed, m.right, `${m.proposed - m.right} (${natural})`];
      return row([...cells, `**${ratio(m.right, m.proposed)}**`, ratio(m.right, m.pairs), `${ratio(m.reachableRight, m.reachable)} (${m.reachableRight}/${m.reachable})`]);
    }),
  ];
  const misses = [
    row(['names garbled', 'pairs missed', 'the name written once, or the garble as often', 'not one name by the same-name judgement (another sound, or letters too far apart)', 'scored under the threshold', 'left out (a name of its own, near two names, a tie)', 'not clustered with its name (the name an English word, or capitalised only where a sentence opens; or the garble taken for another name’s)']),
    row(Array(7).fill('---')),
    ...measures.map((m) => row([`${m.rate * 100}%`, m.pairs - m.right, ...MISS_REASONS.map((reason) => m.missed[reason])])),
  ];
  const examples = clean.wrong.slice(0, EXAMPLES).map(([variant, name]) => `\`${variant}\` → \`${name}\``);
  return [
    `${clean.files} files; default settings (\`--min-count 2 --min-confidence 0.7\`); seed ${SEED}.`,
    '',
    ...lines,
    '',
    `On the corpus as it is, with nothing garbled, it proposes ${clean.proposed} pairs, all wrong by this measure: ${examples.join(', ')}${clean.proposed > EXAMPLES ? ', …' : ''}.`,
    '',
    'Why the other pairs were missed:',
    '',
    ...misses,
  ].join('\n');
}

const started = performance.now();
const files = brownFiles();
const clean = await measureLearn(files, 0, SEED);
const measures: LearnMeasure[] = [];
for (const rate of RATES) measures.push(await measureLearn(files, rate, SEED));
const text = table(clean, measures);
console.log(text);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from !== -1 && to > from) writeFileSync(README, `${readme.slice(0, from + START.length)}\n${text}\n${readme.slice(to)}`);
else console.error(`${README} has no ${START} … ${END} section: the table is not written there`);
