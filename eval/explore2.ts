import { brownFiles } from '../test/helpers/brown.js';
import { garbledBrown } from './lib/garbled-brown.js';
import { CorpusCensus } from '../src/learn/corpus-census.js';
import { englishLexicon } from '../src/glossary/lexicon.js';
const corpus = garbledBrown(brownFiles(), 0.1, 1);
const census = new CorpusCensus();
for (const { file, text } of corpus.texts) census.add(file, text);
for (const w of process.argv.slice(2)) { const r = census.spellings.get(w); console.log(w, r && { count: r.count, initial: r.initial, files: r.files.length }, 'lower', census.lowercase.get(w.toLowerCase()), englishLexicon().isWord(w.toLowerCase())); }
const { clusterSpellings } = await import('../src/learn/cluster.js');
const { compileNames } = await import('../src/glossary/compile.js');
const { builtinNames } = await import('../src/glossary/builtin.js');
const index = compileNames([], builtinNames(), englishLexicon());
const { clusters, leftOut } = clusterSpellings(census, { lexicon: englishLexicon(), isNameWord: (f) => index.isNameWord(f), minCount: 2, minConfidence: 0 });
for (const w of process.argv.slice(2)) {
  for (const c of clusters) { if (c.name.stem === w) console.log('head', w, c.variants.map((v) => v.spelling.stem + ' ' + v.confidence)); if (c.variants.some((v) => v.spelling.stem === w)) console.log('variant of', c.name.stem, w); }
  for (const l of leftOut) if (l.variant === w || l.name === w) console.log('left', l);
}
