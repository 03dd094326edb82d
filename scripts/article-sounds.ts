/**
 * Builds src/data/article-sounds.generated.json from the CMU pronouncing dictionary: the words whose first
 * sound is not what their first letter says — a vowel letter said with a consonant (unanimous, Uruguay,
 * one, eulogy) or a consonant letter said with a vowel (hour, honest, FBI, SOS) — and the words said both
 * ways (herb, homage), on which a/an is left alone. Every other word takes the article its first letter
 * suggests. Run `npm run generate`; a test checks it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dictionary } from 'cmu-pronouncing-dictionary';

export interface ArticleSounds {
  readonly source: string;
  readonly vowel: string[];
  readonly consonant: string[];
  readonly either: string[];
}

const VOWEL_PHONEMES = new Set(['AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW']);

export function buildArticleSounds(entries: Record<string, string>, source: string): ArticleSounds {
  const sounds = new Map<string, Set<'vowel' | 'consonant'>>();
  for (const [key, pronunciation] of Object.entries(entries)) {
    const word = key.replace(/\(\d+\)$/, '');
    // Plain words only: "a.d.", "'bout" and possessives say nothing a/an needs.
    if (!/^[a-z][a-z-]*[a-z]$/.test(word)) continue;
    const phoneme = pronunciation.split(' ')[0]!.replace(/\d$/, '');
    const heard = sounds.get(word) ?? new Set();
    heard.add(VOWEL_PHONEMES.has(phoneme) ? 'vowel' : 'consonant');
    sounds.set(word, heard);
  }
  const result: ArticleSounds = { source, vowel: [], consonant: [], either: [] };
  for (const [word, heard] of sounds) {
    const byLetter = 'aeiou'.includes(word[0]!) ? 'vowel' : 'consonant';
    if (heard.size === 2) result.either.push(word);
    else if (!heard.has(byLetter)) result[byLetter === 'vowel' ? 'consonant' : 'vowel'].push(word);
  }
  for (const list of [result.vowel, result.consonant, result.either]) list.sort();
  return result;
}

export function currentArticleSounds(): ArticleSounds {
  const entry = import.meta.resolve('cmu-pronouncing-dictionary');
  const { version } = JSON.parse(readFileSync(new URL('package.json', entry), 'utf8')) as { version: string };
  return buildArticleSounds(dictionary, `cmu-pronouncing-dictionary@${version}`);
}

/** One word a line, so a data update reads as a short diff. */
export function serializeArticleSounds(data: ArticleSounds): string {
  const list = (words: string[]): string => words.map((word) => `  ${JSON.stringify(word)}`).join(',\n');
  return `{\n "source": ${JSON.stringify(data.source)},\n "vowel": [\n${list(data.vowel)}\n ],\n "consonant": [\n${list(data.consonant)}\n ],\n "either": [\n${list(data.either)}\n ]\n}\n`;
}

export const ARTICLE_SOUNDS_FILE = 'src/data/article-sounds.generated.json';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ARTICLE_SOUNDS_FILE, serializeArticleSounds(currentArticleSounds()));
}
