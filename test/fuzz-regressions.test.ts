import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntaxOf } from '../src/index.js';
import { checkProperties } from './helpers/invariants.js';

/** Every input the fuzzer (npm run fuzz) ever broke unmangle with, replayed: each must now keep every promise. */
const findings = readdirSync('test/fuzz-regressions').filter((file) => /\.(txt|md|srt|vtt)$/.test(file));

describe('fuzz regressions', () => {
  it.each(findings.map((file) => [file]))('%s', (file) => {
    const text = readFileSync(`test/fuzz-regressions/${file}`, 'utf8');
    // A finding made with a glossary has it beside it.
    const glossary = `test/fuzz-regressions/${file.replace(/\.(whisper\.txt|txt|md|srt|vtt)$/, '')}.glossary.yml`;
    const options = existsSync(glossary) ? { glossaries: [{ file: glossary, text: readFileSync(glossary, 'utf8') }] } : {};
    expect(checkProperties(text, syntaxOf(file), options)).toBeNull();
  });

  it('has its folder, and replays the fixtures as a baseline', () => {
    for (const file of readdirSync('fixtures').filter((f) => /\.(txt|md|srt|vtt)$/.test(f) && !f.includes('.changes.'))) {
      expect(checkProperties(readFileSync(`fixtures/${file}`, 'utf8'), syntaxOf(file)), file).toBeNull();
    }
  });
});
