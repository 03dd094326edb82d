import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXER_IDS, syntaxFor, unmangle } from '../../src/index.js';
import { RULES } from '../../src/fixers/rules.js';

const README = readFileSync('README.md', 'utf8');

function sources(folder: string): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? readFileSync(join(folder, entry.name), 'utf8') : ''))
    .join('\n');
}

/** The table of rules that reports describe (SARIF's rules) is the one the README and the fixers have. */
describe('the rule table', () => {
  it('has every fixer, and the rules the README lists for each, in its order', () => {
    expect(Object.keys(RULES)).toEqual(FIXER_IDS);
    for (const fixer of FIXER_IDS) {
      const row = new RegExp(`^\\| \`${fixer}\` \\| ([^|]*) \\|`, 'm').exec(README);
      const listed = [...row![1]!.matchAll(/`([\w-]+)`/g)].map((match) => match[1]);
      expect(Object.keys(RULES[fixer]).sort(), fixer).toEqual([...listed].sort());
    }
  });

  it('names only rules the fixers report: each is a string in their source', () => {
    const code = (sources('src/fixers') + sources('src/formats')).replace(readFileSync('src/fixers/rules.ts', 'utf8'), '');
    for (const rules of Object.values(RULES)) for (const rule of Object.keys(rules)) expect(code, rule).toContain(`'${rule}'`);
  });

  it('describes every rule the fixtures bring out', () => {
    const glossaries = [{ file: 'g.yaml', text: readFileSync('fixtures/el-salvador.glossary.yaml', 'utf8') }];
    const found = new Set<string>();
    for (const file of readdirSync('fixtures').filter((name) => /\.(txt|md|srt|vtt)$/.test(name) && !/\.(expected|changes)\./.test(name))) {
      const text = readFileSync(`fixtures/${file}`, 'utf8');
      const result = unmangle(text, { syntax: syntaxFor(file, text), glossaries });
      for (const change of [...result.changes, ...result.suggestions]) found.add(`${change.fixer}/${change.rule}`);
    }
    expect(found.size).toBeGreaterThan(8);
    for (const id of found) {
      const [fixer, rule] = id.split('/') as [keyof typeof RULES, string];
      expect(RULES[fixer][rule], id).toBeDefined();
    }
  });
});
