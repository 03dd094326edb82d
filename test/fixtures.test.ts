import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../src/index.js';
import { explainReport } from '../src/reporters/explain.js';
import { applyChanges } from './helpers/fixer-cases.js';

/**
 * Golden fixtures: `NAME.txt` is the input, `NAME.expected.txt` the output and `NAME.changes.txt` the
 * explained changes. `UPDATE_GOLDEN=1 npm test` rewrites the last two for review in the diff.
 */
const inputs = readdirSync('fixtures').filter((file) => file.endsWith('.txt') && !/\.(expected|changes)\.txt$/.test(file));
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden fixtures', () => {
  it('has the seed article and at least three samples', () => {
    expect(inputs).toContain('el-salvador-prisoner-swap.txt');
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(inputs.map((file) => [file]))('%s', (file) => {
    const base = `fixtures/${file.replace(/\.txt$/, '')}`;
    const input = readFileSync(`fixtures/${file}`, 'utf8');
    const result = unmangle(input);
    const changes = explainReport([{ path: file, result }], { color: false });
    if (update) {
      writeFileSync(`${base}.expected.txt`, result.output);
      writeFileSync(`${base}.changes.txt`, changes);
    }

    it('gives the expected output', () => {
      expect(result.output).toBe(readFileSync(`${base}.expected.txt`, 'utf8'));
    });

    it('explains the expected changes', () => {
      expect(changes).toBe(readFileSync(`${base}.changes.txt`, 'utf8'));
    });

    it('reports changes that, applied to the input, give the output', () => {
      expect(applyChanges(result)).toBe(result.output);
    });

    it('is idempotent: cleaning the output again changes nothing', () => {
      const again = unmangle(result.output);
      expect(again.output).toBe(result.output);
      expect(again.changes).toEqual([]);
    });
  });
});
