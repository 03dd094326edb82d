import { brownFiles } from '../test/helpers/brown.js';
import { garbledBrown, scorePairs } from './lib/garbled-brown.js';
import { CorpusCensus } from '../src/learn/corpus-census.js';
import { clusterSpellings } from '../src/learn/cluster.js';
import { englishLexicon } from '../src/glossary/lexicon.js';
import { compileNames } from '../src/glossary/compile.js';
import { builtinNames } from '../src/glossary/builtin.js';
const lexicon = englishLexicon();
const index = compileNames([], builtinNames(), lexicon);
const n = Number(process.argv[2] ?? 500);
const minConfidence = Number(process.argv[3] ?? 0);
for (const rate of [0, 0.05, 0.1, 0.2]) {
  const t0 = performance.now();
  const corpus = garbledBrown(brownFiles().slice(0, n), rate, 1);
  const t1 = performance.now();
  const census = new CorpusCensus();
  for (const { file, text } of corpus.texts) census.add(file, text);
  const t2 = performance.now();
  const { clusters, leftOut } = clusterSpellings(census, { lexicon, isNameWord: (f) => index.isNameWord(f), minCount: 2, minConfidence });
  const t3 = performance.now();
  const pairs = clusters.flatMap((c) => c.variants.map((v) => [v.spelling.stem, c.name.stem, v.confidence] as const));
  const s = scorePairs(pairs.map(([v, nm]) => [v, nm]), corpus.truth);
  console.log(`rate ${rate}: mentions ${corpus.mentions} garbled ${corpus.garbled} pairs ${s.pairs} proposed ${s.proposed} right ${s.right} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}  (garble ${(t1-t0|0)}ms census ${(t2-t1|0)}ms cluster ${(t3-t2|0)}ms) leftOut ${leftOut.length}`);
  // precision by confidence bucket
  const buckets = new Map<number, [number, number]>();
  for (const [v, nm, c] of pairs) { const b = Math.floor(c * 10) / 10; const e = buckets.get(b) ?? [0, 0]; e[0]++; if (corpus.truth.get(v) === nm) e[1]++; buckets.set(b, e); }
  console.log('  buckets', [...buckets].sort((a, b) => a[0] - b[0]).map(([b, [t, r]]) => `${b}:${r}/${t}`).join(' '));
  if (process.env.SHOW) console.log('  wrong', pairs.filter(([v, nm]) => corpus.truth.get(v) !== nm).map(([v, nm, c]) => `${v}→${nm} ${c} (${corpus.truth.get(v) ?? '-'})`).join('; '));
}
{
  const corpus = garbledBrown(brownFiles(), 0.1, 1);
  const census = new CorpusCensus();
  for (const { file, text } of corpus.texts) census.add(file, text);
  const { clusters } = clusterSpellings(census, { lexicon, isNameWord: (f) => index.isNameWord(f), minCount: 2, minConfidence: 0 });
  const endDiff = (a: string, b: string) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i >= Math.min(a.length, b.length) - 1; };
  const tally: Record<string, [number, number]> = {};
  const add = (k: string, ok: boolean) => { const e = (tally[k] ??= [0, 0]); e[0]++; if (ok) e[1]++; };
  for (const c of clusters) for (const v of c.variants) {
    const ok = corpus.truth.get(v.spelling.stem) === c.name.stem;
    add(`end ${endDiff(v.spelling.folded, c.name.folded)}`, ok);
    add(`short ${v.spelling.stem.length < 5}`, ok);
    add(`conf>=0.7 end ${endDiff(v.spelling.folded, c.name.folded)}`, ok && v.confidence >= 0.7);
  }
  console.log(tally);
  let endTrue = 0; for (const [g, nm] of corpus.truth) if (endDiff(g.toLowerCase(), nm.toLowerCase())) endTrue++;
  console.log('truth pairs with an end difference', endTrue, 'of', corpus.truth.size);
}
{
  const { areOneName, spelling } = await import('../src/match/spellings.js');
  const corpus = garbledBrown(brownFiles(), 0.1, 1);
  const census = new CorpusCensus();
  for (const { file, text } of corpus.texts) census.add(file, text);
  const { clusters, leftOut } = clusterSpellings(census, { lexicon, isNameWord: (f) => index.isNameWord(f), minCount: 2, minConfidence: 0 });
  const proposed = new Set(clusters.flatMap((c) => c.variants.map((v) => `${v.spelling.stem}>${c.name.stem}`)));
  const left = new Map(leftOut.map((l) => [`${l.variant}>${l.name}`, l.reason]));
  const reasons: Record<string, number> = {};
  const ex: Record<string, string[]> = {};
  for (const [g, n] of corpus.truth) {
    let r: string;
    const gc = census.spellings.get(g)?.count ?? 0, nc = census.spellings.get(n)?.count ?? 0;
    if (proposed.has(`${g}>${n}`)) r = 'found';
    else if (left.has(`${g}>${n}`)) r = 'left: ' + left.get(`${g}>${n}`)!.split(' ').slice(0, 3).join(' ');
    else if (!areOneName(spelling(g, 1), spelling(n, 2))) r = 'not one name';
    else if (nc < 2) r = 'name < 2';
    else if (gc >= nc) r = 'garble as common';
    else if (lexicon.isWord(n.toLowerCase())) r = 'name is a word';
    else r = 'other';
    reasons[r] = (reasons[r] ?? 0) + 1;
    (ex[r] ??= []).length < 12 && ex[r]!.push(`${g}(${gc})→${n}(${nc})`);
  }
  console.log(reasons);
  for (const k of Object.keys(ex)) console.log(k, ex[k]!.join(' '));
}
