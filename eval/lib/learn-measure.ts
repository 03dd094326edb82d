import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { CorpusCensus } from '../../src/learn/corpus-census.js';
import { areOneName, spelling } from '../../src/match/spellings.js';
import { nodeIo } from '../../src/node/io.js';
import { garbledBrown, scorePairs } from './garbled-brown.js';

export interface LearnMeasure {
  readonly rate: number;
  readonly files: number;
  readonly mentions: number;
  readonly garbled: number;
  /** Garble → name pairs written into the folder. */
  readonly pairs: number;
  /** Of those, the pairs whose name the folder writes at least twice and more often than the garble. */
  readonly reachable: number;
  readonly proposed: number;
  readonly right: number;
  readonly reachableRight: number;
  readonly precision: number;
  readonly recall: number;
  readonly wrong: readonly (readonly [string, string])[];
  /** Why the pairs not proposed were not: each reason with its count. */
  readonly missed: Readonly<Record<MissReason, number>>;
}

export const MISS_REASONS = ['unreachable', 'not alike', 'below the threshold', 'left out', 'name not taken'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

/**
 * Garble the names of `files` of Brown at `rate`, write them as a folder, run `unmangle learn --format json`
 * on it through the command line as a user would (in-process, on the real file system), and score the
 * variant → name pairs it proposes against the garbles written.
 */
export async function measureLearn(files: readonly string[], rate: number, seed: number, args: readonly string[] = []): Promise<LearnMeasure> {
  const corpus = garbledBrown(files, rate, seed);
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-learn-'));
  try {
    mkdirSync(join(folder, 'corpus'));
    for (const { file, text } of corpus.texts) writeFileSync(join(folder, 'corpus', file), text);
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIo(), writeOut: (text: string) => void out.push(text), writeErr: (text: string) => void err.push(text), stderrIsTTY: false };
    const code = await main(['learn', '--format', 'json', ...args, join(folder, 'corpus')], io);
    if (code !== 0) throw new Error(`unmangle learn exited ${code}: ${err.join('')}`);
    const report = JSON.parse(out.join('')) as { files: number; glossary: Record<string, string[]>; leftOut: { name: string; variant: string; reason: string }[] };
    const proposed = Object.entries(report.glossary).flatMap(([name, variants]) => variants.map((variant) => [variant, name] as const));
    const score = scorePairs(proposed, corpus.truth);
    const census = new CorpusCensus();
    for (const { file, text } of corpus.texts) census.add(file, text);
    const count = (spelling: string): number => census.spellings.get(spelling)?.count ?? 0;
    const reachable = new Map([...corpus.truth].filter(([garble, name]) => count(name) >= 2 && count(name) > count(garble)));
    const left = new Map(report.leftOut.map((pair) => [`${pair.variant}\u0000${pair.name}`, pair.reason]));
    const missed = Object.fromEntries(MISS_REASONS.map((reason) => [reason, 0])) as Record<MissReason, number>;
    const found = new Set(proposed.map(([variant, name]) => `${variant}\u0000${name}`));
    for (const [garble, name] of corpus.truth) {
      const key = `${garble}\u0000${name}`;
      if (found.has(key)) continue;
      missed[whyMissed(garble, name, reachable.has(garble), left.get(key))]++;
    }
    return {
      rate,
      missed,
      files: report.files,
      mentions: corpus.mentions,
      garbled: corpus.garbled,
      pairs: score.pairs,
      reachable: reachable.size,
      proposed: score.proposed,
      right: score.right,
      reachableRight: proposed.filter(([variant, name]) => reachable.get(variant) === name).length,
      precision: score.precision,
      recall: score.recall,
      wrong: score.wrong,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Why a garble was not proposed for its name, in the order the clustering decides it. */
function whyMissed(garble: string, name: string, reachable: boolean, leftOut: string | undefined): MissReason {
  if (!reachable) return 'unreachable';
  const [a, b] = [spelling(garble, 1), spelling(name, 2)];
  if (!areOneName(a, b) || !a.keys.some((key) => b.keys.includes(key))) return 'not alike';
  if (leftOut?.startsWith('confidence')) return 'below the threshold';
  return leftOut === undefined ? 'name not taken' : 'left out';
}
