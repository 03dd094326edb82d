/** The benchmark's inputs, written under bench/.work: Brown in both layouts, glossaries, adversarial lines. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brownDir, brownFiles, brownText } from '../test/helpers/brown.js';
import { englishLexicon } from '../src/glossary/lexicon.js';
import '../src/glossary/words-module.js';

export const WORK = 'bench/.work';
/**
 * The folder of the 500 files, in two halves (a/, b/), outside the repository: its .gitignore leaves
 * bench/.work out, and ignore files now apply from the repository's top as git's do.
 */
export const FOLDER = join(tmpdir(), 'unmangle-bench-folder');

/**
 * Brown as text: one 6 MB file, a 20 MB concatenation, each also with one paragraph a line (no blank
 * lines, as many plain-text articles and transcripts are stored), and a folder of its 500 files.
 */
export function prepareCorpus(): { brown: string; brownLines: string; big: string; bigLines: string; files: number } {
  for (const half of ['a', 'b']) mkdirSync(join(FOLDER, half), { recursive: true });
  const texts = brownFiles().map((file, i) => {
    const text = brownText(file);
    writeFileSync(join(FOLDER, i % 2 ? 'b' : 'a', `${file}.txt`), text);
    return text;
  });
  const all = texts.join('\n');
  const brown = join(WORK, 'brown.txt');
  writeFileSync(brown, all);
  let big = all;
  while (big.length < 20_000_000) big += `\n${all}`;
  const bigPath = join(WORK, 'brown-20mb.txt');
  writeFileSync(bigPath, big.slice(0, big.lastIndexOf('\n\n', 20_000_000)));
  const oneLineEach = (path: string): string => {
    const lines = path.replace(/\.txt$/, '-lines.txt');
    writeFileSync(lines, readFileSync(path, 'utf8').replace(/\n[^\S\n]*\n+/g, '\n'));
    return lines;
  };
  return { brown, brownLines: oneLineEach(brown), big: bigPath, bigLines: oneLineEach(bigPath), files: texts.length };
}

/**
 * Glossaries of real names (built-in countries and demonyms, proper nouns a dictionary knows, then proper
 * nouns tagged in the corpus) with two garbles each, written for unmangle and as the same dictionary for
 * prh. A garble that is an English word is left out, as any editor would: "Thais" without its "a" is
 * "This", and listing it rewrote every "this". Only names with a garble left are used, so each size is
 * exactly that many entries.
 */
export function prepareGlossaries(): Record<number, { unmangle: string; prh: string }> {
  const world = JSON.parse(readFileSync('src/data/world-names.generated.json', 'utf8')) as { names: [string, string, string][] };
  const proper = JSON.parse(readFileSync('src/data/proper-nouns.generated.json', 'utf8')) as { words: string[] };
  const corpus = corpusProperNouns();
  const names = [...new Set([...world.names.filter(([, kind]) => kind === 'country' || kind === 'demonym').map(([name]) => name), ...proper.words, ...corpus])]
    .filter((name) => /^[A-Z][a-z]{4,}$/.test(name));
  // A garble must not be a real name of any length either ("Lagos" without its "g" is "Laos").
  const taken = new Set([...world.names.map(([name]) => name), ...proper.words, ...corpus].map((name) => name.toLowerCase()));
  const lexicon = englishLexicon();
  const entries: [string, string[]][] = [];
  for (const name of names) {
    const garbles = [name.slice(0, 2) + name.slice(3), name.slice(0, 2) + name[3] + name[2] + name.slice(4)].filter((garble) => {
      const key = garble.toLowerCase();
      if (garble === name || taken.has(key) || lexicon.isWord(key)) return false;
      taken.add(key);
      return true;
    });
    if (garbles.length > 0) entries.push([name, garbles]);
  }
  if (entries.length < 10_000) throw new Error(`only ${entries.length} names for the 10,000-entry glossary`);
  const result: Record<number, { unmangle: string; prh: string }> = {};
  for (const size of [10, 1000, 10000]) {
    const chosen = entries.slice(0, size);
    const unmangle = join(WORK, `glossary-${size}.yaml`);
    const prh = join(WORK, `prh-${size}.yml`);
    writeFileSync(unmangle, chosen.map(([name, garbles]) => `${name}: [${garbles.join(', ')}]`).join('\n') + '\n');
    writeFileSync(prh, `version: 1\nrules:\n${chosen.map(([name, garbles]) => `  - expected: ${name}\n    patterns: [${garbles.join(', ')}]`).join('\n')}\n`);
    result[size] = { unmangle, prh };
  }
  return result;
}

/** The corpus's own proper nouns (tagged np), most frequent first. */
function corpusProperNouns(): string[] {
  const counts = new Map<string, number>();
  for (const file of brownFiles()) {
    for (const [, word] of readFileSync(join(brownDir(), file), 'utf8').matchAll(/(?:^|\s)([A-Z][a-z]+)\/np(?:-tl)?(?=\s)/g)) {
      counts.set(word!, (counts.get(word!) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/**
 * One line of words drawn from a few names, garbles and function words, as a meeting transcript that
 * repeats a few names is (or a hostile input): it once took 15 s for 40,000 words. Seeded, so every run
 * measures the same text.
 */
export function nameDenseLine(words: number): string {
  const pool = ['Bukele', 'Baukele', 'Al', 'Salvador', 'Maduro', 'the', 'and', 'a'];
  let seed = 1;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: words }, () => pool[Math.floor(next() * pool.length)]).join(' ') + '\n';
}
