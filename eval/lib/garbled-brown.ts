import { englishLexicon } from '../../src/glossary/lexicon.js';
import '../../src/glossary/words-module.js';
import { brownText } from '../../test/helpers/brown.js';
import { garblesOf, seededRandom } from './garble.js';

/** Brown files with names garbled, and the truth: each garble written, with the name it stands for. */
export interface GarbledCorpus {
  readonly texts: readonly { readonly file: string; readonly text: string }[];
  /** Garble → name, for every garble the texts contain. */
  readonly truth: ReadonlyMap<string, string>;
  /** Mentions of names that could be garbled, and how many were. */
  readonly mentions: number;
  readonly garbled: number;
}

/** A proper noun (Brown's `np`, possessive, in a title or headline; not a plural) of four letters or more. */
const NAME_TAG = /^np\$?(?:-tl|-hl)?$/;
const NAME = /^[A-Z][a-z]{3,}$/;
/** Each name has this many garbles; a garbled mention takes one of them, as a recogniser mishears a name the same few ways. */
const GARBLES_PER_NAME = 2;

/**
 * The files with each mention of a name garbled with probability `rate`. A garble is kept only if it is
 * no English word, no name a dictionary knows and no word the corpus already has, and no other name's
 * garble: a garble that is another real word or name cannot be told from it by anyone.
 */
export function garbledBrown(files: readonly string[], rate: number, seed: number): GarbledCorpus {
  const lexicon = englishLexicon();
  const vocabulary = new Set<string>();
  for (const file of files) brownText(file, (word) => (vocabulary.add(word.toLowerCase()), word));
  const taken = new Set<string>();
  const garbles = new Map<string, string[]>();
  const acceptable = (garble: string): boolean => {
    const lower = garble.toLowerCase();
    return !vocabulary.has(lower) && !taken.has(lower) && !lexicon.isWord(lower) && !lexicon.isKnownName(garble);
  };
  const garblesFor = (name: string): string[] => {
    let list = garbles.get(name);
    if (!list) {
      list = garblesOf(name, GARBLES_PER_NAME, acceptable, seed);
      for (const garble of list) taken.add(garble.toLowerCase());
      garbles.set(name, list);
    }
    return list;
  };
  const random = seededRandom(seed + Math.round(rate * 1000));
  const truth = new Map<string, string>();
  let mentions = 0;
  let garbled = 0;
  const texts = files.map((file) => {
    const text = brownText(file, (word, tag) => {
      const possessive = /['’]s$/.test(word) ? word.slice(-2) : '';
      const name = possessive ? word.slice(0, -2) : word;
      if (!NAME_TAG.test(tag) || !NAME.test(name)) return word;
      mentions++;
      if (random() >= rate) return word;
      const choices = garblesFor(name);
      if (choices.length === 0) return word;
      const garble = choices[random() < 0.65 || choices.length === 1 ? 0 : 1]!;
      garbled++;
      truth.set(garble, name);
      return garble + possessive;
    });
    return { file: `${file}.txt`, text };
  });
  return { texts, truth, mentions, garbled };
}

/** Precision and recall of proposed variant → name pairs against the truth. */
export function scorePairs(proposed: readonly (readonly [variant: string, name: string])[], truth: ReadonlyMap<string, string>) {
  const right = proposed.filter(([variant, name]) => truth.get(variant) === name);
  return {
    proposed: proposed.length,
    right: right.length,
    pairs: truth.size,
    precision: proposed.length === 0 ? 1 : right.length / proposed.length,
    recall: truth.size === 0 ? 1 : right.length / truth.size,
    wrong: proposed.filter(([variant, name]) => truth.get(variant) !== name),
  };
}
