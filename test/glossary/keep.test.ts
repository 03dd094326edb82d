import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/parse.js';
import { GlossaryError } from '../../src/glossary/types.js';
import { keptRanges, keptSpellings } from '../../src/formats/markers.js';
import { unmangle, type GlossarySource } from '../../src/index.js';
import { describeFixer } from '../helpers/fixer-cases.js';

const glossaries = (...texts: string[]): GlossarySource[] => texts.map((text, i) => ({ file: `g${i + 1}.yaml`, text }));

describe('keep: true in a glossary', () => {
  it('is read in the map and the list form; keep: false is an ordinary entry', () => {
    const entries = parseGlossary('Baukele: {keep: true}\nBukele:\n  keep: false\n', 'g.yaml');
    expect(entries.map((entry) => [entry.name, entry.keep, entry.variants])).toEqual([['Baukele', true, []], ['Bukele', undefined, []]]);
    expect(parseGlossary('- name: Sikot\n  keep: true\n', 'g.yaml')[0]).toMatchObject({ name: 'Sikot', keep: true });
  });

  it.each([
    ['Baukele:\n  keep: true\n  variants: [Bokele]\n', 'g.yaml:3: "Baukele" is kept as written (keep: true), so it cannot have variants'],
    ['Baukele:\n  keep: yes please\n', 'g.yaml:2: "keep" of "Baukele" must be true or false'],
    ['"--": {keep: true}\n', 'g.yaml:1: "--" has no letter or digit to keep'],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => parseGlossary(text, 'g.yaml')).toThrow(GlossaryError);
    expect(() => parseGlossary(text, 'g.yaml')).toThrow(message);
  });
});

describe('keptRanges: whole words, in their case', () => {
  const kept = keptSpellings(['Baukele', 'Mark Rubio', 'U.N.']);
  it.each([
    ['Baukele spoke', [[0, 7]]],
    ["Baukele's aide", [[0, 7]]],
    ['Baukeles and xBaukele and baukele', []],
    ['Mark Rubio and Mark Rubios and Mark', [[0, 10]]],
    ['the U.N. said', [[4, 8]]],
    // A letter outside the BMP glued on (two UTF-16 units) is a letter too.
    ['\u{1D400}Baukele and Baukele\u{1D400}', []],
  ])('%j', (text, ranges) => {
    expect(keptRanges(text, kept)).toEqual(ranges);
  });
});

// Each kept spelling is left by every fixer; the word beside it, and other spellings, are still fixed.
describeFixer('names', {
  valid: ['Kaja Kalas said it. Kalas left.', 'Sikot is a prison. The Sikot gate.', 'Leader Salvadorian spoke.'],
  invalid: [
    { text: 'Kaja Kalas said. Al Salvador spoke.', output: 'Kaja Kalas said. El Salvador spoke.' },
    { text: 'Leader Salvadorian met Leader Salvadoron.', output: 'Leader Salvadorian met Leader Salvadoran.' },
  ],
}, { glossaries: glossaries('Kaja Kallas: []\nCECOT: []\n', 'Kalas: {keep: true}\nSikot: {keep: true}\nSalvadorian: {keep: true}\n') });

describeFixer('name-consistency', {
  valid: ['Bukele said it. Bukele left. Baukele came.'],
  invalid: [{ text: 'Bukele said it. Bukele left. Bukle came. Baukele saw.', output: 'Bukele said it. Bukele left. Bukele came. Baukele saw.' }],
}, { glossaries: glossaries('Baukele: {keep: true}\n') });

describeFixer('repeated-phrase', {
  valid: ['It said Bukle Bukle.'],
  invalid: [{ text: 'It was was Bukle Bukle.', output: 'It was Bukle Bukle.' }],
}, { glossaries: glossaries('Bukle: {keep: true}\n') });

describeFixer('article', {
  valid: ['It was a Uber.'],
  invalid: [{ text: 'It was a Uber and a honest one.', output: 'It was a Uber and an honest one.' }],
}, { glossaries: glossaries('Uber: {keep: true}\n') });

describe('a kept spelling is never a name to guess towards', () => {
  it('takes over a glossary name of the same spelling', () => {
    const text = 'Kaja Kalas said it. Kalas left.';
    expect(unmangle(text, { glossaries: glossaries('Kaja Kallas: []\n') }).output).toBe('Kaja Kallas said it. Kallas left.');
    expect(unmangle(text, { glossaries: glossaries('Kaja Kallas: []\n', 'Kaja Kallas: {keep: true}\n') }).output).toBe(text);
  });

  it('is not the spelling a document uses most', () => {
    const text = 'Bukele said it. Bukele left. Baukele came.';
    expect(unmangle(text).output).toBe('Bukele said it. Bukele left. Bukele came.');
    expect(unmangle(text, { glossaries: glossaries('Bukele: {keep: true}\n') }).output).toBe(text);
  });

  it('takes over a built-in name', () => {
    expect(unmangle('They flew to Venezuela and venezuela.').output).toBe('They flew to Venezuela and Venezuela.');
    expect(unmangle('They flew to Venezuela and venezuela.', { glossaries: glossaries('Venezuela: {keep: true}\n') }).output).toBe('They flew to Venezuela and venezuela.');
  });

  it('is masked in Markdown and subtitles too', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nBaukele said it.\n';
    const cues = srt + '\n2\n00:00:03,000 --> 00:00:04,000\nBukele and Bukele.\n';
    // Unkept, both garbles are fixed: the kept runs below could not pass by the fixers doing nothing.
    const markdown = '# Visit\n\nBukele spoke. Bukele left. Then *Baukele* came.\n';
    expect(unmangle(markdown, { syntax: 'markdown' }).output).toContain('Then *Bukele* came.');
    expect(unmangle(cues, { syntax: 'srt' }).output).toContain('Bukele said it.');
    expect(unmangle(markdown, { syntax: 'markdown', glossaries: glossaries('Baukele: {keep: true}\n') }).output).toBe(markdown);
    expect(unmangle(cues, { syntax: 'srt', glossaries: glossaries('Baukele: {keep: true}\n') }).output).toContain('Baukele said it.');
  });
});
