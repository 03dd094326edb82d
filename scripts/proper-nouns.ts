/**
 * Builds src/data/proper-nouns.generated.json from the `dictionary-en` Hunspell dictionary: its capitalised
 * words (Marie, Columbia, Salvadorian), since the name fixers never rewrite a name a dictionary knows on a
 * guess; and its lower-case words that `word-list` leaves out (it drops profanity: hell, damn), which are
 * ordinary English all the same ("Hell" is no garble of Howell). Run `npm run generate`; a test checks it is
 * current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';

export interface DictionaryData {
  readonly source: string;
  /** Capitalised words: names. */
  readonly words: string[];
  /** Lower-case words the word list lacks. */
  readonly extraWords: string[];
}

export function buildProperNouns(dic: string, source: string, isListed: (word: string) => boolean): DictionaryData {
  const words = new Set<string>();
  const extraWords = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const stem = line.split('/')[0]!.trim();
    if (/^\p{Lu}/u.test(stem) && /\p{Ll}/u.test(stem)) words.add(stem);
    // Two letters at least: single letters and abbreviations without vowels say nothing about a name.
    else if (/^\p{Ll}{2,}$/u.test(stem) && /[aeiouy]/.test(stem) && !isListed(stem)) extraWords.add(stem);
  }
  return { source, words: [...words].sort(), extraWords: [...extraWords].sort() };
}

export function currentProperNouns(): DictionaryData {
  // The package exports only its entry module: find its folder through it.
  const entry = import.meta.resolve('dictionary-en');
  const { version } = JSON.parse(readFileSync(new URL('package.json', entry), 'utf8')) as { version: string };
  const dic = readFileSync(new URL('index.dic', entry), 'utf8');
  const listed = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return buildProperNouns(dic, `dictionary-en@${version}`, (word) => listed.has(word));
}

/** One word a line, so a data update reads as a short diff. */
export function serializeProperNouns(data: DictionaryData): string {
  const list = (words: string[]): string => words.map((word) => `  ${JSON.stringify(word)}`).join(',\n');
  return `{\n "source": ${JSON.stringify(data.source)},\n "words": [\n${list(data.words)}\n ],\n "extraWords": [\n${list(data.extraWords)}\n ]\n}\n`;
}

export const PROPER_NOUNS_FILE = 'src/data/proper-nouns.generated.json';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PROPER_NOUNS_FILE, serializeProperNouns(currentProperNouns()));
}
