import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntaxFor, unmangle } from '../src/index.js';
import { explainReport } from '../src/reporters/explain.js';
import { applyChanges } from './helpers/fixer-cases.js';
import { readSubtitles } from './helpers/subtitle-oracle.js';

/**
 * Golden fixtures: `NAME.EXT` (.txt, .md, .srt, .vtt) is the input, cleaned in the syntax its extension
 * says (or its content, for whisper's console output in a .txt); `NAME.expected.EXT` is the output and `NAME.changes.txt` the explained changes.
 * `UPDATE_GOLDEN=1 npm test` rewrites the last two for review in the diff.
 */
const inputs = readdirSync('fixtures').filter((file) => /\.(txt|md|srt|vtt)$/.test(file) && !/\.(expected|changes)\.\w+$/.test(file));
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden fixtures', () => {
  it('has the seed article and at least three samples', () => {
    expect(inputs).toContain('el-salvador-prisoner-swap.txt');
    expect(inputs.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(inputs.map((file) => [file]))('%s', (file) => {
    const extension = file.slice(file.lastIndexOf('.'));
    const base = `fixtures/${file.slice(0, -extension.length)}`;
    const expectedFile = `${base}.expected${extension}`;
    const input = readFileSync(`fixtures/${file}`, 'utf8');
    // As the CLI does: a .txt file whose every line is timed is whisper's console output.
    const syntax = syntaxFor(file, input);
    const result = unmangle(input, { syntax });
    const changes = explainReport([{ path: file, result }], { color: false });
    if (update) {
      writeFileSync(expectedFile, result.output);
      writeFileSync(`${base}.changes.txt`, changes);
    }

    it('gives the expected output', () => {
      expect(result.output).toBe(readFileSync(expectedFile, 'utf8'));
    });

    it('explains the expected changes', () => {
      expect(changes).toBe(readFileSync(`${base}.changes.txt`, 'utf8'));
    });

    it('reports changes that, applied to the input, give the output', () => {
      expect(applyChanges(result)).toBe(result.output);
    });

    it.runIf(syntax === 'srt' || syntax === 'vtt')('reads back with an independent subtitle parser, every cue with text', () => {
      const read = readSubtitles(result.output, syntax as 'srt' | 'vtt');
      expect(read.errors).toEqual([]);
      expect(read.cues.length).toBe(result.output.split('\n').filter((line) => line.includes('-->')).length);
    });

    it('is idempotent: cleaning the output again changes nothing', () => {
      const again = unmangle(result.output, { syntax });
      expect(again.output).toBe(result.output);
      expect(again.changes).toEqual([]);
    });
  });
});
