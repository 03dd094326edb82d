import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/parse.js';
import { GlossaryError } from '../../src/glossary/types.js';

const parse = (text: string) => parseGlossary(text, 'g.yaml');
const brief = (text: string) => parse(text).map((e) => ({ name: e.name, variants: e.variants, line: e.origin.line }));

describe('parseGlossary', () => {
  it('reads the short form: canonical name to known garbles', () => {
    expect(brief('El Salvador: [Al Salvador]\nCECOT: [Sikot]\nNicolás Maduro: []\nBukele:\n')).toEqual([
      { name: 'El Salvador', variants: ['Al Salvador'], line: 1 },
      { name: 'CECOT', variants: ['Sikot'], line: 2 },
      { name: 'Nicolás Maduro', variants: [], line: 3 },
      { name: 'Bukele', variants: [], line: 4 },
    ]);
  });

  it('takes a single string as one variant', () => {
    expect(brief('CECOT: Sikot')).toEqual([{ name: 'CECOT', variants: ['Sikot'], line: 1 }]);
  });

  it('reads JSON of the same shape', () => {
    expect(brief('{\n  "El Salvador": ["Al Salvador"],\n  "CECOT": []\n}')).toEqual([
      { name: 'El Salvador', variants: ['Al Salvador'], line: 2 },
      { name: 'CECOT', variants: [], line: 3 },
    ]);
  });

  it('reads the long form with a note and specs', () => {
    const [entry] = parse('Kaja Kallas:\n  variants: [Kaja Kalas]\n  note: Estonian prime minister\n  specs:\n    - from: Kalas said\n      to: Kallas said\n');
    expect(entry).toMatchObject({
      name: 'Kaja Kallas',
      variants: ['Kaja Kalas'],
      note: 'Estonian prime minister',
      specs: [{ from: 'Kalas said', to: 'Kallas said', line: 5 }],
    });
  });

  it('reads a list of entries', () => {
    expect(brief('- name: CECOT\n  variants: [Sikot]\n- name: Bukele\n')).toEqual([
      { name: 'CECOT', variants: ['Sikot'], line: 1 },
      { name: 'Bukele', variants: [], line: 3 },
    ]);
  });

  it('reads a prh dictionary: patterns as variants, /regex/ as patterns, specs', () => {
    const entries = parse(
      'version: 1\nrules:\n  - expected: CECOT\n    patterns: [Sikot, "/Ce[ck]ot/i"]\n    specs:\n      - from: Sikot jail\n        to: CECOT jail\n  - expected: Bukele\n    pattern: Baukele\n    prh: the president\n',
    );
    expect(entries[0]).toMatchObject({ name: 'CECOT', variants: ['Sikot'], specs: [{ from: 'Sikot jail', to: 'CECOT jail' }] });
    expect(entries[0]!.patterns.map(String)).toEqual(['/Ce[ck]ot/giu']);
    expect(entries[1]).toMatchObject({ name: 'Bukele', variants: ['Baukele'], note: 'the president', origin: { line: 8 } });
  });

  it('reads an empty file as no entries', () => {
    expect(parse('')).toEqual([]);
    expect(parse('# only a comment\n')).toEqual([]);
  });

  it.each([
    ['El Salvador: [Al Salvador]\nCECOT: 5\n', 'g.yaml:2: "CECOT" must have a list of variants or {variants, note, specs, keep}'],
    ['Kaja Kallas:\n  variants: Kaja Kalas\n', 'g.yaml:2: "variants" of "Kaja Kallas" must be a list of strings'],
    ['CECOT: [Sikot, 7]\n', 'g.yaml:1: the variants of "CECOT" must be a list of strings'],
    ['CECOT: [Sikot]\nBukele: []\nCECOT: [Cecot]\n', 'g.yaml:3: "CECOT" is listed twice (first at line 1)'],
    ['Kaja Kallas:\n  variants: []\n  variants: [Kalas]\n', 'g.yaml:3: "variants" is listed twice (first at line 2)'],
    ['Kaja Kallas:\n  variants: []\n  spelling: x\n', 'g.yaml:3: unknown key "spelling" in "Kaja Kallas" (expected variants, note, specs, keep)'],
    ['CECOT: [Sikot\n', 'g.yaml:'],
    ['- variants: [Sikot]\n', 'g.yaml:1: an entry has no "name"'],
    ['- just a string\n', 'g.yaml:1: each entry of a list must be a map with a "name"'],
    ['"just a string"\n', 'g.yaml:1: a glossary is a map of names to variants, a list of entries, or a prh dictionary'],
    ['version: 1\nrules:\n  - patterns: [Sikot]\n', 'g.yaml:3: a prh rule has no "expected"'],
    ['version: 1\nrules:\n  - expected: CECOT\n    pattern: /Sikot(/\n', 'g.yaml:3: bad regular expression /Sikot(/'],
    ['version: 1\nimports: [other.yml]\nrules: []\n', 'g.yaml:2: prh "imports" are not followed'],
    ['version: 2\nrules:\n  - expected: CECOT\n    pattern: Sikot\n', 'g.yaml:1: only prh "version: 1" dictionaries are read'],
    ['version: 1\nrules:\n  - expected: CECOT\n    pattern: /Si(?=kot)/\n', 'g.yaml:3: this regular expression needs a lookahead or back-reference'],
    ['Kaja Kallas:\n  specs:\n    - from: Kalas said\n', 'g.yaml:3: each spec of "Kaja Kallas" needs "from" and "to"'],
  ])('reports %j as one line with its place', (text, message) => {
    let error: unknown;
    try {
      parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });
});
