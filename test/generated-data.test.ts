import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INDEX_FILE, serializeBuiltinIndex } from '../scripts/builtin-index.js';
import { ARTICLE_SOUNDS_FILE, currentArticleSounds, serializeArticleSounds } from '../scripts/article-sounds.js';
import { currentEnglishWords, ENGLISH_WORDS_FILE, serializeEnglishWords } from '../scripts/english-words.js';
import { currentProperNouns, PROPER_NOUNS_FILE, serializeProperNouns } from '../scripts/proper-nouns.js';
import { currentWorldNames, serializeWorldNameKeys, serializeWorldNames, WORLD_NAME_KEYS_FILE, WORLD_NAMES_FILE } from '../scripts/world-names.js';

/** Generated data is committed so installs need no generator; these say when it has gone stale. */
describe('generated data', () => {
  it(`${WORLD_NAMES_FILE} matches world-countries (npm run generate)`, () => {
    expect(readFileSync(WORLD_NAMES_FILE, 'utf8')).toBe(serializeWorldNames(currentWorldNames()));
  });

  it(`${WORLD_NAME_KEYS_FILE} matches the names and the sound codes (npm run generate)`, () => {
    expect(readFileSync(WORLD_NAME_KEYS_FILE, 'utf8')).toBe(serializeWorldNameKeys(currentWorldNames()));
  });

  it(`${BUILTIN_INDEX_FILE} is what compileNames makes of the built-in names (npm run generate)`, () => {
    expect(readFileSync(BUILTIN_INDEX_FILE, 'utf8') === serializeBuiltinIndex()).toBe(true);
  });

  it(`${PROPER_NOUNS_FILE} matches dictionary-en (npm run generate)`, () => {
    expect(readFileSync(PROPER_NOUNS_FILE, 'utf8')).toBe(serializeProperNouns(currentProperNouns()));
  });

  it(`${ENGLISH_WORDS_FILE} matches word-list (npm run generate)`, () => {
    expect(readFileSync(ENGLISH_WORDS_FILE, 'utf8') === serializeEnglishWords(currentEnglishWords())).toBe(true);
  });

  it(`${ARTICLE_SOUNDS_FILE} matches the CMU pronouncing dictionary (npm run generate)`, () => {
    expect(readFileSync(ARTICLE_SOUNDS_FILE, 'utf8')).toBe(serializeArticleSounds(currentArticleSounds()));
  });

  it('hears the first sounds a/an turns on', () => {
    const { vowel, consonant, either } = currentArticleSounds();
    expect(vowel).toEqual(expect.arrayContaining(['hour', 'honest', 'fbi']));
    expect(consonant).toEqual(expect.arrayContaining(['one', 'uruguay', 'eulogy']));
    expect(either).toContain('herb');
    expect(vowel).not.toContain('house');
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
