import { innerSlip } from '../../match/transliteration.js';

/**
 * When a lone word that sounds like a name is only suggested: the evidence a count or a length gives
 * against it, and the evidence of form (a case ending, a transliterated vowel) that outweighs them.
 */

/** How often a (folded) word occurs in the document. */
export type CountOf = (folded: string) => number;

/**
 * A lone word shorter than this is only suggested as a glossary name: short words sound like too many
 * names (Fogg like Vogue, Krim like Grimm, Shu like Sioux, with a 10,000-name glossary on Brown).
 */
const LONE_WORD_LENGTH = 5;
/** A lone word written this often in the document is meant (Simms, Notte in a story about them): suggested. */
const LONE_WORD_USES = 3;
/** A lone word is guessed to be a built-in name only if it is a demonym this long ("Salvadoron"): shorter
 * words and country names are too often people and places of their own (Boland, Francie, Jordon). */
export const BUILTIN_WORD_LENGTH = 8;
/** Shortest stem an ending may be added to: "Kyiv" + "a", not "Ki" + "ev". */
const MIN_STEM = 4;

/**
 * Case endings that translation from Slavic languages leaves on a name (Irpinya, Bakhmutom, Zelenskoho,
 * Kyivu), as a word keeps them from the source: nominative and oblique endings of up to three letters.
 */
const SOUNDING_ENDINGS = ['oho', 'ogo', 'omu', 'emu', 'ykh', 'ikh', 'om', 'em', 'im', 'ym', 'ov', 'ev', 'oy', 'ey'];
const CASE_ENDINGS = new Set(['', 'a', 'e', 'i', 'o', 'u', 'y', 'ia', 'ya', 'iu', 'yu', 'ii', 'iy', 'yi', 'yy', 'ij', 'oi', 'ei', 'ju', 'ja', ...SOUNDING_ENDINGS]);
const VOWELS = /^[aeiouy]$/;
/**
 * The ways romanisation writes the Slavic adjective ending -ий/-ій (Zelensky, Zelenskyi, Zelenskiy,
 * Zelenskyy): one ending, not a case or a gender. A vowel ending outside it may make another person's
 * name (Zelenska, his wife; Buchi beside Bucha), so a count still weighs against it.
 */
const ADJECTIVE_ENDINGS = new Set(['', 'y', 'i', 'yi', 'iy', 'yy', 'ii', 'ij']);

/** How a word is another form of a name: its case ending, or one of its vowels transliterated another way. */
export type NameForm = 'case ending' | 'vowel';

/**
 * Whether `garble` is `name` with another case ending ("Irpinya", "Kyivu"), or with one vowel of a name
 * of five letters or more transliterated another way ("Irpen" for "Irpin", "Kharkov" for "Kharkiv"): the
 * forms that machine translation repeats through an article, so a count says nothing against them.
 */
export function nameForm(garble: string, name: string): NameForm | null {
  if (caseEndings(garble, name)) return 'case ending';
  // An inner vowel, not the first letter nor the last, which is the ending's (Renzo is not Renzi).
  const slip = name.length >= LONE_WORD_LENGTH && garble[0] === name[0] ? innerSlip(garble, name) : null;
  return slip && VOWELS.test(slip.removed) && VOWELS.test(slip.added) ? 'vowel' : null;
}

/** The two endings, when `garble` is `name` with another case ending on the same stem; else null. */
function caseEndings(garble: string, name: string): { readonly garble: string; readonly name: string } | null {
  if (garble === name) return null;
  let common = 0;
  while (common < garble.length && common < name.length && garble[common] === name[common]) common++;
  // A bare stem as short as "Pohl" is a name of its own as often as a clipped "Pohly".
  const clipped = common === garble.length;
  const endings = { garble: garble.slice(common), name: name.slice(common) };
  return common >= (clipped ? LONE_WORD_LENGTH : MIN_STEM) && common >= name.length - 2 && CASE_ENDINGS.has(endings.garble) && CASE_ENDINGS.has(endings.name) ? endings : null;
}

/**
 * Whether a form of the name is one machine translation copies through an article, so a count says nothing
 * against it: an inner vowel transliterated (Irpen), an ending with a consonant (Bakhmutom, Zelenskoho), or
 * the adjective ending romanised another way (Zelenskyi).
 */
function formCopiedThrough(garble: string, name: string): boolean {
  const endings = caseEndings(garble, name);
  if (!endings) return nameForm(garble, name) === 'vowel';
  return SOUNDING_ENDINGS.includes(endings.garble) || (ADJECTIVE_ENDINGS.has(endings.garble) && ADJECTIVE_ENDINGS.has(endings.name));
}

/**
 * The word without a case ending that changes its sound ("Bakhmutom" → "Bakhmut"), so the name can be
 * found by the stem's sound; null when it has none. Vowel endings leave the sound as it is (Kyivu, KF).
 */
export function caseStem(word: string): string | null {
  const lower = word.toLowerCase();
  const ending = SOUNDING_ENDINGS.find((end) => lower.endsWith(end) && word.length - end.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : null;
}

/**
 * Why a lone word that sounds like the glossary name `name` is better only suggested, or null. A form of
 * the name is fixed however often it is written, unless the name is one a dictionary knows: Agnes, Adela
 * and Andres have sisters of their own (Agnese, Adelia, Andrus in Brown's stories).
 */
export function loneWordDoubt(folded: string, name: string, nameIsKnown: boolean, countOf: CountOf, oneLetterOff: boolean): string | null {
  if (!nameIsKnown && formCopiedThrough(folded, name)) return null;
  if (folded.length < LONE_WORD_LENGTH) return `a word of ${folded.length} letters sounds like too many names`;
  // A letter off and sounding the same, the same slip copied through a document (Takagushi ×5 for
  // Takakushi): a count says nothing against it, unless the name has namesakes a dictionary knows.
  if (!nameIsKnown && oneLetterOff) return null;
  const uses = countOf(folded);
  return perhapsMeant(uses) ? `written ${uses} times in this document, so perhaps meant` : null;
}

/** A built-in demonym is guessed only from a word written once: one used again is deliberate. */
export function writtenOnce(count: number): boolean {
  return count <= 1;
}

/** A glossary name is only suggested for a word written this often: a story's own person, perhaps. */
function perhapsMeant(count: number): boolean {
  return count >= LONE_WORD_USES;
}
