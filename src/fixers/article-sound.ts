import acronyms from '../data/acronyms.json' with { type: 'json' };
import heard from '../data/article-sounds.generated.json' with { type: 'json' };
import sounds from '../data/article-sounds.json' with { type: 'json' };

/** How a word begins when said aloud, as far as the choice between `a` and `an` goes. */
export type Sound = 'vowel' | 'consonant' | 'either';

export interface Hearing {
  readonly sound: Sound;
  /** Why, for the message: "the h is silent", "said letter by letter". */
  readonly because: string;
}

const PREFIXES: ReadonlyArray<readonly [prefix: string, sound: Sound, reason: string]> = (
  [
    ...Object.entries(sounds.consonant).map(([prefix, reason]) => [prefix, 'consonant', reason] as const),
    ...Object.entries(sounds.either).map(([prefix, reason]) => [prefix, 'either', reason] as const),
    ...Object.entries(sounds.vowel).map(([prefix, reason]) => [prefix, 'vowel', reason] as const),
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

/** Words whose first sound the CMU pronouncing dictionary gives against their first letter. */
const HEARD = new Map<string, Sound>([
  ...heard.vowel.map((word) => [word, 'vowel'] as const),
  ...heard.consonant.map((word) => [word, 'consonant'] as const),
  ...heard.either.map((word) => [word, 'either'] as const),
]);
/** Two consonants no English word starts with: an acronym opening on them is said letter by letter (an HBA, an MRI). */
const ONSETS = /^(?:[bcfgp][lr]|[dt]r|[st]w|s[chklmnpqt]|[cgpstw]h|qu|kn|wr|ps)/;
const INITIALISMS = new Set(Object.keys(acronyms.initialisms));
const WORD_ACRONYMS = new Set(Object.keys(acronyms.words));
/** Letters whose names start with a vowel sound: an F, an H-bomb, an MP, an X-ray. */
const VOWEL_LETTER_NAMES = new Set('AEFHILMNORSX');
const VOWELS = /[AEIOU]/;
const ALL_CAPS = /^[\p{Lu}\d]{2,}$/u;
/** A letter said by its name: "an X-ray", "an n-dimensional", "a U.S. official", "an F". */
const LETTER_NAME = /^(?:[A-Za-z](?:-|$)|(?:[A-Z]\.)+$)/;
/** Letters said one by one: a word without a vowel (npm, HTML's html, h1), an MSc, a BSc. */
const NO_VOWEL = /^[b-df-hj-np-tv-xz]{2,}\d*$/;
const MIXED_INITIALISM = /^\p{Lu}{2,}\p{Ll}+$/u;
/** A capitalised two-letter abbreviation without a vowel ("Sp", "St"): no telling how it is said. */
const SHORT_ABBREVIATION = /^[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz](?:-|$)/;

/**
 * How `word` (the word after an article) is said, or null when it cannot be told: an unknown all-caps
 * acronym could be said as a word (NATO) or letter by letter (NBA). `asWord` reads all-caps text as words,
 * for headlines in capitals.
 */
export function hear(word: string, asWord = false): Hearing | null {
  if (/^\d/.test(word)) return hearNumber(word);
  if (!asWord && LETTER_NAME.test(word)) return hearLetter(word[0]!.toUpperCase(), 'said as the letter');
  if (SHORT_ABBREVIATION.test(word)) return null;
  // "UTF-8", "COVID-19", "MP3-player": the acronym before the hyphen decides.
  const head = word.split('-')[0]!;
  if (!asWord && ALL_CAPS.test(head)) return hearAcronym(head);
  const lower = word.toLowerCase();
  // The dictionary's word over the prefixes' rule of thumb; the prefix's reason where they agree.
  const known = HEARD.get(lower);
  const prefix = PREFIXES.find(([start]) => lower.startsWith(start));
  if (prefix && (!known || known === prefix[1])) return { sound: prefix[1], because: prefix[2] };
  if (known) return { sound: known, because: known === 'either' ? 'it is said both ways' : `it is said starting with a ${known} sound` };
  // Lower case, only a token that cannot be a word is letters: "npm", "fbi"; not "la", nor "Mrs".
  const spelled = word === lower && (NO_VOWEL.test(word) || (word.length > 2 && INITIALISMS.has(word.toUpperCase())));
  if (!asWord && (spelled || MIXED_INITIALISM.test(word))) return hearLetter(lower[0]!.toUpperCase(), 'said letter by letter, starting with');
  // Only the Latin alphabet's sounds are known here: "a Φ", "a Ω" are left as written.
  const first = lower.normalize('NFD')[0] ?? '';
  if (!/[a-z]/.test(first)) return null;
  return 'aeiou'.includes(first)
    ? { sound: 'vowel', because: 'it starts with a vowel sound' }
    : { sound: 'consonant', because: 'it starts with a consonant sound' };
}

function hearLetter(letter: string, how: string): Hearing {
  return VOWEL_LETTER_NAMES.has(letter)
    ? { sound: 'vowel', because: `${how} ${letter}, which starts with a vowel sound` }
    : { sound: 'consonant', because: `${how} ${letter}, which starts with a consonant sound` };
}

function hearAcronym(word: string): Hearing | null {
  const first = word[0]!;
  if (WORD_ACRONYMS.has(word)) return hear(word.toLowerCase(), true);
  const known = HEARD.get(word.toLowerCase());
  if (known && known !== 'either') return { sound: known, because: `\`${word}\` is said starting with a ${known} sound` };
  // A, E, I, O start with a vowel sound and B, C, D… with a consonant sound whichever way it is said.
  if ('AEIO'.includes(first) || !VOWEL_LETTER_NAMES.has(first)) return hearLetter(first, 'starting with');
  // FAA, FIIC: no word doubles those vowels.
  const opensOnConsonants = (!VOWELS.test(word[1] ?? 'A') && !ONSETS.test(word.toLowerCase())) || /AA|II|UU/.test(word);
  if (INITIALISMS.has(word) || !VOWELS.test(word) || word.length === 2 || opensOnConsonants) {
    return hearLetter(first, 'said letter by letter, starting with');
  }
  return null;
}

/** Figures by how they are read: an 8, an 11, an 18, an 80, an 800; a 1, a 100, a 1,100. */
function hearNumber(word: string): Hearing {
  const groups = /^\d+(?:,\d{3})*/.exec(word)![0];
  const leading = groups.split(',')[0]!;
  const digits = groups.replaceAll(',', '');
  const because = (sound: Sound): Hearing => ({
    sound,
    because: `\`${groups}\` is read starting with a ${sound} sound`,
  });
  if (leading.startsWith('8')) return because('vowel');
  // "an 0800 number" said oh-eight-hundred, "a 0.5 dose" said zero point five.
  if (leading.startsWith('0')) return because('either');
  const elevenOrEighteen = leading.startsWith('11') || leading.startsWith('18');
  if (!elevenOrEighteen) return because('consonant');
  // Eleven, eleven thousand, eleven million; and years read as eleven hundred or eighteen hundred.
  const readAsTeen = groups.includes(',') ? leading.length === 2 : digits.length % 3 === 2 || digits.length === 4;
  return because(readAsTeen ? 'vowel' : 'consonant');
}
