/**
 * Names garbled as speech recognition and machine translation garble them, deterministically: sound-alike
 * respellings (ph/f, c/k, ee/ea, s/z, w/v …), a letter swapped for one that sounds near it (b/p, d/t, m/n,
 * l/r), an inner vowel swapped, a letter doubled or dropped. Every choice comes from a seeded generator.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number for a string, to seed each name's own generator. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const SOUND_ALIKE: readonly [string, string][] = [
  ['ph', 'f'], ['f', 'ph'], ['ck', 'k'], ['ca', 'ka'], ['co', 'ko'], ['cu', 'ku'], ['k', 'c'], ['qu', 'kw'], ['x', 'ks'],
  ['s', 'z'], ['z', 's'], ['ee', 'ea'], ['ea', 'ee'], ['ie', 'ei'], ['ei', 'ie'], ['ou', 'oo'], ['y', 'i'], ['i', 'y'],
  ['w', 'v'], ['v', 'w'], ['sch', 'sh'], ['sh', 'sch'], ['th', 't'], ['gh', ''], ['ai', 'ay'], ['ay', 'ai'], ['tz', 'ts'],
  ['ch', 'tch'], ['tch', 'ch'], ['j', 'y'], ['er', 'ar'], ['or', 'er'],
];
const NEAR_LETTERS: readonly [string, string][] = [['b', 'p'], ['p', 'b'], ['d', 't'], ['t', 'd'], ['g', 'k'], ['m', 'n'], ['n', 'm'], ['l', 'r'], ['r', 'l']];
const VOWELS = 'aeiou';

type Garbler = (lower: string, random: () => number) => string | null;

/** Replace one occurrence, chosen at random, of one of the rules that apply. */
function replaceOne(rules: readonly [string, string][]): Garbler {
  return (lower, random) => {
    const spots: [number, string, string][] = [];
    for (const [from, to] of rules) for (let at = lower.indexOf(from); at !== -1; at = lower.indexOf(from, at + 1)) spots.push([at, from, to]);
    if (spots.length === 0) return null;
    const [at, from, to] = spots[Math.floor(random() * spots.length)]!;
    return lower.slice(0, at) + to + lower.slice(at + from.length);
  };
}

const innerIndex = (lower: string, random: () => number, wanted: (char: string) => boolean): number | null => {
  const spots = [...lower].map((char, i) => (i > 0 && i < lower.length - 1 && wanted(char) ? i : -1)).filter((i) => i >= 0);
  return spots.length === 0 ? null : spots[Math.floor(random() * spots.length)]!;
};

const GARBLERS: readonly Garbler[] = [
  replaceOne(SOUND_ALIKE),
  replaceOne(NEAR_LETTERS),
  // An inner vowel swapped for another.
  (lower, random) => {
    const at = innerIndex(lower, random, (char) => VOWELS.includes(char));
    if (at === null) return null;
    const others = VOWELS.replace(lower[at]!, '');
    return lower.slice(0, at) + others[Math.floor(random() * others.length)] + lower.slice(at + 1);
  },
  // A consonant doubled, a double undone, or an inner letter dropped.
  (lower, random) => {
    const double = /(.)\1/.exec(lower);
    if (double && random() < 0.5) return lower.slice(0, double.index) + lower.slice(double.index + 1);
    const at = innerIndex(lower, random, (char) => !VOWELS.includes(char));
    if (at === null) return null;
    return random() < 0.5 ? lower.slice(0, at) + lower[at] + lower.slice(at) : lower.slice(0, at) + lower.slice(at + 1);
  },
];

/**
 * Up to `count` distinct garbles of `name` (capitalised like it) that `acceptable` allows, from the name's
 * own generator: the same name garbles the same way in every run.
 */
export function garblesOf(name: string, count: number, acceptable: (garble: string) => boolean, seed: number): string[] {
  const random = seededRandom(hashOf(name) ^ seed);
  const lower = name.toLowerCase();
  const found: string[] = [];
  for (let attempt = 0; attempt < 40 && found.length < count; attempt++) {
    const garbled = GARBLERS[Math.floor(random() * GARBLERS.length)]!(lower, random);
    if (garbled === null || garbled.length < 2 || garbled === lower) continue;
    const garble = garbled[0]!.toUpperCase() + garbled.slice(1);
    if (!found.includes(garble) && acceptable(garble)) found.push(garble);
  }
  return found;
}
