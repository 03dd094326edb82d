import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/parse.js';
import { englishLexicon } from '../../src/glossary/lexicon.js';
import '../../src/glossary/words-module.js';
import { clusterSpellings } from '../../src/learn/cluster.js';
import { CorpusCensus } from '../../src/learn/corpus-census.js';
import { learnSettings } from '../../src/learn/settings.js';

/**
 * What a corpus of files proposes: "variant→name" pairs, and "variant→name: reason" for those left out.
 * The defaults of the command line: a name written twice or more, variants scored 0.7 or more.
 */
function learn(files: readonly string[], glossary = '', limits = { minCount: 2, minConfidence: 0.7 }) {
  const census = new CorpusCensus();
  files.forEach((text, i) => census.add(`f${i}.txt`, text));
  const settings = learnSettings(parseGlossary(glossary, 'g.yaml'), englishLexicon(), limits);
  const { clusters, leftOut } = clusterSpellings(census, settings);
  return {
    pairs: clusters.flatMap((cluster) => cluster.variants.map((variant) => `${variant.spelling.stem}→${cluster.name.stem}`)),
    leftOut: leftOut.map((pair) => `${pair.variant.stem}→${pair.name.stem}: ${pair.reason}`),
    clusters,
  };
}

/** Three articles that write `name` as a name, mid-sentence, and one of them `slip` once beside it. */
const corpusOf = (name: string, slip: string): string[] => [
  `Officials met ${name} on Monday. Later, talks with ${name} went on. Then ${slip} spoke again.`,
  `The visit of ${name} was short. Reporters asked ${name} twice.`,
  `Critics of ${name} say little has changed.`,
];

describe('learn: spellings that cluster', () => {
  it.each([
    ['Bukele', 'Baukele'],
    ['Bukele', 'Bukle'],
    ['Kallas', 'Kalas'],
    ['Wernicke', 'Vernicke'],
    ['Scholz', 'Sholz'],
    ['Zelensky', 'Zelenskiy'],
  ])('%s and a slip %s: proposed as one name', (name, slip) => {
    expect(learn(corpusOf(name, slip)).pairs).toEqual([`${slip}→${name}`]);
  });

  it('gives the name with its variants, counts and files, and its confidence', () => {
    const { clusters } = learn([...corpusOf('Bukele', 'Baukele'), 'In a later speech Bukele and Bukle agreed.']);
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster!.name.stem).toBe('Bukele');
    expect(cluster!.name.count).toBe(6);
    expect(cluster!.variants.map((variant) => variant.spelling.stem)).toEqual(['Baukele', 'Bukle']);
    // Each slip sits in a file beside the name, written once: sure, but not certain.
    for (const variant of cluster!.variants) expect(variant.confidence).toBeGreaterThan(0.8);
    expect(cluster!.confidence).toBe(Math.min(...cluster!.variants.map((variant) => variant.confidence)));
  });

  it('is less sure of a slip that never sits beside its name', () => {
    const beside = learn(corpusOf('Bukele', 'Baukele'), '', { minCount: 2, minConfidence: 0 }).clusters[0]!.confidence;
    const apart = learn([...corpusOf('Bukele', 'Bukele'), 'Then Baukele spoke.'], '', { minCount: 2, minConfidence: 0 }).clusters[0]!.confidence;
    expect(apart).toBeLessThan(beside);
    // Below the default of 0.7, it is left out with its score.
    expect(learn([...corpusOf('Bukele', 'Bukele'), 'Then Baukele spoke.']).leftOut).toEqual([`Baukele→Bukele: confidence ${apart.toFixed(2)}, below 0.7`]);
  });
});

describe('learn: spellings that do not cluster', () => {
  it.each([
    // Two names, each a name a dictionary knows: marked, never proposed.
    ['Phillips', 'Philips', 'Philips→Phillips: a name a dictionary knows'],
    ['Maria', 'Marie', 'Marie→Maria: a name a dictionary knows'],
    ['Iran', 'Iraq', null],
    ['Austria', 'Australia', null],
    // A plural is the family or the people, not a slip.
    ['Blackwell', 'Blackwells', null],
    // A dictionary word beside a name: "Carter" is not "Porter", nor "Kallas" "Dallas", "Bukele" "Bucket".
    ['Kallas', 'Dallas', null],
    ['Carter', 'Porter', null],
    // Another letter that makes another name (m and n).
    ['Newsom', 'Newson', null],
    // Only another case or accent.
    ['Erdogan', 'Erdoğan', null],
  ])('%s and %s', (name, other, marked) => {
    const { pairs, leftOut } = learn(corpusOf(name, other));
    expect(pairs).toEqual([]);
    if (marked) expect(leftOut).toContain(marked);
  });

  it('an English word is never a variant, even capitalised as one', () => {
    expect(learn(corpusOf('Bukele', 'Bucket')).pairs).toEqual([]);
    expect(learn(corpusOf('Marko', 'Mark')).pairs).toEqual([]);
  });

  it('an ordinary word opening sentences, written in lower case elsewhere, is no name', () => {
    // Without the lower-case mentions, "Dontcha" would be a name here, and "Dontchya" its slip.
    const lines = ['Dontcha know it. Dontcha see? I said dontcha, dontcha, dontcha twice.', 'Dontcha think so? Dontchya think so?'];
    expect(learn(lines).pairs).toEqual([]);
    const capitalised = ['We said Dontcha, and Dontcha again, Dontcha, Dontcha, then Dontchya.'];
    expect(learn(capitalised).pairs).toEqual(['Dontchya→Dontcha']);
  });

  it('a spelling only ever capitalised where a sentence opens is learned from no further', () => {
    expect(learn(['Whaddya know. Whaddya say. Whaddya think.', 'Whaddaya mean.']).pairs).toEqual([]);
  });

  it('a slip a letter from two names is left out, naming both', () => {
    // "Marton" is a letter from "Martin" and from "Morton".
    const { pairs, leftOut } = learn([...corpusOf('Martin', 'Marton'), ...corpusOf('Morton', 'Morton')]);
    expect(pairs).toEqual([]);
    expect(leftOut).toContain('Marton→Morton: also a letter or two from Martin');
  });

  it('a spelling written as often as the name is left out as a tie', () => {
    const { pairs, leftOut } = learn(['Officials met Bukele and then Baukele. Later Bukele met Baukele.']);
    expect(pairs).toEqual([]);
    expect(leftOut).toEqual(['Bukele→Baukele: written as often (2×) as Baukele']);
  });

  it('--min-count: a name written fewer times is not proposed', () => {
    expect(learn(corpusOf('Bukele', 'Baukele'), '', { minCount: 6, minConfidence: 0.7 }).pairs).toEqual([]);
    expect(learn(corpusOf('Bukele', 'Baukele'), '', { minCount: 5, minConfidence: 0.7 }).pairs).toEqual(['Baukele→Bukele']);
  });
});

describe('learn: with an existing glossary', () => {
  it('a listed name is the name, however rarely the corpus writes it', () => {
    const corpus = ['Officials met Bukle on Monday. Talks with Bukle went on, Bukle said. Then Bukele spoke.'];
    expect(learn(corpus).pairs).toEqual(['Bukele→Bukle']);
    expect(learn(corpus, 'Bukele: []\n').pairs).toEqual(['Bukle→Bukele']);
  });

  it('a listed variant is not proposed again, nor taken for a name', () => {
    expect(learn(corpusOf('Bukele', 'Baukele'), 'Bukele: [Baukele]\n').pairs).toEqual([]);
    const corpus = ['We met Bukle on Monday, and Bukle again, and Bukle.', 'Then Bukkle spoke.'];
    expect(learn(corpus, 'Bukele: [Bukle]\n').pairs).toEqual([]);
  });
});

describe('the corpus census', () => {
  it('counts capitalised words by file, possessive split off, with sentence and line openings and lower-case uses', () => {
    const census = new CorpusCensus();
    census.add('a.txt', 'Bukele’s visit. Officials met Bukele, then\nBukele left. Visit again.');
    census.add('b.txt', 'A report on Bukele and the visit, see example.com/Bukele and @Bukele.');
    expect(census.files).toEqual(['a.txt', 'b.txt']);
    expect(census.spellings.get('Bukele')).toEqual({ count: 4, initial: 2, files: [0, 1], countsInFiles: [3, 1] });
    expect(census.spellings.get('Visit')).toMatchObject({ count: 1, initial: 1 });
    expect(census.lowercase.get('visit')).toBe(2);
    expect(census.spellings.has('Bukele’s')).toBe(false);
  });
});
