/**
 * Builds src/data/proper-nouns.generated.json: the capitalised words of the `dictionary-en` Hunspell
 * dictionary (Marie, Columbia, Salvadorian). The name fixers never rewrite a name a dictionary knows on a
 * guess. Run `npm run generate`; a test checks it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function buildProperNouns(dic: string, source: string): { source: string; words: string[] } {
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const stem = line.split('/')[0]!.trim();
    if (/^\p{Lu}/u.test(stem) && /\p{Ll}/u.test(stem)) words.add(stem);
  }
  return { source, words: [...words].sort() };
}

export function currentProperNouns(): { source: string; words: string[] } {
  // The package exports only its entry module: find its folder through it.
  const entry = import.meta.resolve('dictionary-en');
  const { version } = JSON.parse(readFileSync(new URL('package.json', entry), 'utf8')) as { version: string };
  const dic = readFileSync(new URL('index.dic', entry), 'utf8');
  return buildProperNouns(dic, `dictionary-en@${version}`);
}

/** One word a line, so a data update reads as a short diff. */
export function serializeProperNouns(data: { source: string; words: string[] }): string {
  return `{\n "source": ${JSON.stringify(data.source)},\n "words": [\n${data.words.map((word) => `  ${JSON.stringify(word)}`).join(',\n')}\n ]\n}\n`;
}

export const PROPER_NOUNS_FILE = 'src/data/proper-nouns.generated.json';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PROPER_NOUNS_FILE, serializeProperNouns(currentProperNouns()));
}
