import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentProperNouns, PROPER_NOUNS_FILE, serializeProperNouns } from '../scripts/proper-nouns.js';
import { currentWorldNames, serializeWorldNames, WORLD_NAMES_FILE } from '../scripts/world-names.js';

/** Generated data is committed so installs need no generator; these say when it has gone stale. */
describe('generated data', () => {
  it(`${WORLD_NAMES_FILE} matches world-countries (npm run generate)`, () => {
    expect(readFileSync(WORLD_NAMES_FILE, 'utf8')).toBe(serializeWorldNames(currentWorldNames()));
  });

  it(`${PROPER_NOUNS_FILE} matches dictionary-en (npm run generate)`, () => {
    expect(readFileSync(PROPER_NOUNS_FILE, 'utf8')).toBe(serializeProperNouns(currentProperNouns()));
  });

  it('holds the names the seed article needs, sorted and unique', () => {
    const { names } = currentWorldNames();
    const spelled = names.map(([name]) => name);
    expect(spelled).toEqual([...new Set(spelled)].sort());
    expect(names).toContainEqual(['El Salvador', 'country', 'El Salvador']);
    expect(names).toContainEqual(['Salvadoran', 'demonym', 'El Salvador']);
    expect(names).toContainEqual(['Venezuela', 'country', 'Venezuela']);
  });
});
