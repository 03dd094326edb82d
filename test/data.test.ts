import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import acronyms from '../src/data/acronyms.json' with { type: 'json' };
import sounds from '../src/data/article-sounds.json' with { type: 'json' };
import placeNameForms from '../src/data/place-name-forms.json' with { type: 'json' };
import repeatAllowed from '../src/data/repeat-allowed.json' with { type: 'json' };
import repeatContext from '../src/data/repeat-context.json' with { type: 'json' };

type Table = Record<string, string>;

/** Every reason table in a data file: the file itself, or each group of a file of groups. */
function tables(data: Record<string, unknown>): [string, Table][] {
  const values = Object.values(data);
  if (values.every((value) => typeof value === 'string')) return [['', data as Table]];
  return Object.entries(data).map(([group, table]) => [group, table as Table]);
}

describe('data hygiene', () => {
  // Generated files are checked against their generators instead (generated-data.test.ts).
  const files = readdirSync('src/data').filter((file) => file.endsWith('.json') && !file.endsWith('.generated.json'));

  it.each(files.map((file) => [file]))('%s is sorted, unique and gives a reason for every entry', (file) => {
    const raw = readFileSync(`src/data/${file}`, 'utf8');
    const data = JSON.parse(raw) as Record<string, unknown>;
    for (const [group, table] of tables(data)) {
      const keys = Object.keys(table);
      expect(keys, `${file} ${group} sorted`).toEqual([...keys].sort());
      for (const [key, reason] of Object.entries(table)) {
        expect(typeof reason === 'string' && reason.trim().length > 3, `${file} ${group} ${key} has a reason`).toBe(true);
      }
    }
    // JSON.parse keeps the last of duplicate keys silently: count them in the raw text instead.
    const keysInText = [...raw.matchAll(/^\s*"[^"]+":/gm)].length;
    const groupKeys = Object.values(data).every((value) => typeof value === 'string') ? 0 : Object.keys(data).length;
    const entries = tables(data).reduce((sum, [, table]) => sum + Object.keys(table).length, 0);
    expect(keysInText, `${file} has no duplicate keys`).toBe(groupKeys + entries);
  });

  it('gives no prefix two sounds', () => {
    const groups = Object.values(sounds).map((table) => Object.keys(table));
    const all = groups.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('does not list an acronym both as a word and as letters', () => {
    const words = new Set(Object.keys(acronyms.words));
    expect(Object.keys(acronyms.initialisms).filter((key) => words.has(key))).toEqual([]);
  });

  it('does not list a name-word as allowed any number of times: its double is judged by case', () => {
    const any = new Set(Object.keys(repeatAllowed));
    expect(Object.keys(repeatContext['name-words']).filter((key) => any.has(key))).toEqual([]);
  });
});

describe('place-name-forms.json', () => {
  it('lends each spelling to one place only', () => {
    const owner = new Map<string, string>();
    for (const [name, variants] of Object.entries(placeNameForms as Record<string, Record<string, string>>)) {
      for (const variant of Object.keys(variants)) {
        expect(owner.get(variant.toLowerCase()) ?? name, variant).toBe(name);
        owner.set(variant.toLowerCase(), name);
        expect(variant).not.toBe(name);
      }
    }
    expect(owner.size).toBeGreaterThan(40);
  });
});
