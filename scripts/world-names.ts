/**
 * Builds src/data/world-names.generated.json from the `world-countries` package: country names (common and
 * official), demonyms and their plurals, and the capitals of UN members; and src/data/world-name-keys.generated.json,
 * how each of their words sounds, so a run need not work it out for 1,500 names before it reads a line. Run
 * `npm run generate`; a test checks both are current.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { phoneticKeys } from '../src/match/phonetic.js';

export type WorldNameKind = 'country' | 'official name' | 'demonym' | 'capital';
export type WorldName = readonly [name: string, kind: WorldNameKind, country: string];

interface Country {
  name: { common: string; official: string };
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  unMember: boolean;
}

const PRIORITY: Record<WorldNameKind, number> = { country: 0, 'official name': 1, demonym: 2, capital: 3 };
const PLAIN_NAME = /^[\p{L}\p{M}'’ .-]+$/u;

export function buildWorldNames(countries: readonly Country[], source: string): { source: string; names: WorldName[] } {
  const byName = new Map<string, WorldName>();
  const add = (name: string | undefined, kind: WorldNameKind, country: string): void => {
    if (!name || !PLAIN_NAME.test(name)) return;
    const existing = byName.get(name);
    if (!existing || PRIORITY[kind] < PRIORITY[existing[1]]) byName.set(name, [name, kind, country]);
  };
  for (const country of countries) {
    const common = country.name.common;
    add(common, 'country', common);
    add(country.name.official, 'official name', common);
    for (const demonym of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) {
      add(demonym, 'demonym', common);
      // "Koreans", "Pakistanis", "Filipinos": the people, so a plural is not taken for a garble.
      if (demonym && /[naio]$/.test(demonym)) add(`${demonym}s`, 'demonym', common);
    }
    if (country.unMember) for (const capital of country.capital ?? []) add(capital, 'capital', common);
  }
  const names = [...byName.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { source, names };
}

export function currentWorldNames(): { source: string; names: WorldName[] } {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const { version } = require('world-countries/package.json') as { version: string };
  return buildWorldNames(countries, `world-countries@${version}`);
}

/** One name a line, so a data update reads as a short diff. */
export function serializeWorldNames(data: { source: string; names: WorldName[] }): string {
  const lines = data.names.map((name) => `  ${JSON.stringify(name)}`);
  return `{\n "source": ${JSON.stringify(data.source)},\n "names": [\n${lines.join(',\n')}\n ]\n}\n`;
}

export const WORLD_NAMES_FILE = 'src/data/world-names.generated.json';
export const WORLD_NAME_KEYS_FILE = 'src/data/world-name-keys.generated.json';

/** The sound keys of every word of every name, by word, one a line. */
export function serializeWorldNameKeys(data: { names: readonly WorldName[] }): string {
  const words = [...new Set(data.names.flatMap(([name]) => name.split(/\s+/)))].sort();
  return `{\n${words.map((word) => `  ${JSON.stringify(word)}: ${JSON.stringify(phoneticKeys(word))}`).join(',\n')}\n}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = currentWorldNames();
  writeFileSync(WORLD_NAMES_FILE, serializeWorldNames(names));
  writeFileSync(WORLD_NAME_KEYS_FILE, serializeWorldNameKeys(names));
}
