import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addToGlossary } from '../../src/glossary/edit.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { GlossaryError } from '../../src/glossary/types.js';
import { propertyRuns } from '../setup/fast-check.js';

/** Each name's variants, as the glossary parser reads the file. */
const read = (text: string, file = 'g.yaml'): Record<string, readonly string[]> =>
  Object.fromEntries(parseGlossary(text, file).map((entry) => [entry.name, entry.variants]));

const BEAT = `# Names of the beat
El Salvador: [Al Salvador]   # the country

CECOT:    # the prison
"Nayib Bukele": 'Baukele'
Kaja Kallas:
    variants:
      - Kaja Kalas     # seen twice
    note: >
      Estonian prime
      minister
`;

describe('adding to a YAML glossary', () => {
  it('writes each addition where it belongs and leaves every other byte as it was', () => {
    const out = addToGlossary(BEAT, 'g.yaml', [
      { name: 'El Salvador', variants: ['El Salvadore'] },
      { name: 'CECOT', variants: ['Sikot'] },
      { name: 'Kaja Kallas', variants: ['Kalas'] },
      { name: 'Marco Rubio', variants: ['Mark Rubio'], comment: '3× in 2 files' },
    ]);
    expect(out).toBe(`# Names of the beat
El Salvador: [Al Salvador, El Salvadore]   # the country

CECOT: [Sikot]    # the prison
"Nayib Bukele": 'Baukele'
Kaja Kallas:
    variants:
      - Kaja Kalas     # seen twice
      - Kalas
    note: >
      Estonian prime
      minister
# 3× in 2 files
Marco Rubio: [Mark Rubio]
`);
  });

  it('turns a lone variant into a list, and never repeats a variant or lists the name itself', () => {
    const out = addToGlossary(BEAT, 'g.yaml', [{ name: 'Nayib Bukele', variants: ['BAUKELE', 'Bukelé', 'Nayib Bukele', 'bukelé'] }]);
    expect(read(out)['Nayib Bukele']).toEqual(['Baukele', 'Bukelé']);
    expect(out).toContain('"Nayib Bukele": [Baukele, Bukelé]\n');
  });

  it('keeps a spelling as written with {keep: true}, on a new name or on a name without variants', () => {
    const out = addToGlossary(BEAT, 'g.yaml', [{ name: 'Mark Twain', keep: true }, { name: 'CECOT', keep: true }]);
    expect(out).toContain('CECOT: {keep: true}    # the prison');
    expect(out.endsWith('Mark Twain: {keep: true}\n')).toBe(true);
    expect(parseDocument(out).toJS()['Mark Twain']).toEqual({ keep: true });
  });

  it('adds to the list form and to a prh dictionary, whose garbles go to patterns', () => {
    const list = addToGlossary('- {name: A B, variants: [A C]}\n- name: D E\n  variants:\n    - D F\n', 'g.yaml', [
      { name: 'D E', variants: ['D G'] },
      { name: 'X Y', variants: ['X Z'] },
    ]);
    expect(list).toBe('- {name: A B, variants: [A C]}\n- name: D E\n  variants:\n    - D F\n    - D G\n- {name: X Y, variants: [X Z]}\n');
    const prh = 'version: 1\nrules:\n  # the language\n  - expected: JavaScript\n    pattern: Javascript\n';
    const out = addToGlossary(prh, 'p.yml', [{ name: 'JavaScript', variants: ['java script', 'javascript'] }, { name: 'TypeScript', variants: ['Typescript'] }]);
    expect(out).toBe(`${prh}    patterns: [java script]\n  - {expected: TypeScript, patterns: [Typescript]}\n`);
    expect(() => addToGlossary(prh, 'p.yml', [{ name: 'Mark Twain', keep: true }])).toThrow(/p\.yml:1: a prh dictionary has no way to keep/);
  });

  it('starts a map in an empty file, and rewrites a flow-style file through the document model', () => {
    expect(addToGlossary('', 'g.yaml', [{ name: 'Marco Rubio', variants: ['Mark Rubio'], comment: 'learned' }])).toBe('# learned\nMarco Rubio: [Mark Rubio]\n');
    const flow = addToGlossary('{El Salvador: [Al Salvador]}\n', 'g.yaml', [{ name: 'El Salvador', variants: ['Salvadore'] }]);
    expect(read(flow)).toEqual({ 'El Salvador': ['Al Salvador', 'Salvadore'] });
  });

  it('quotes what YAML needs quoted', () => {
    const out = addToGlossary('A: []\n', 'g.yaml', [{ name: 'A', variants: ['b, c', '#d', 'yes'] }, { name: 'true', variants: ['[x]'] }]);
    expect(read(out)).toEqual({ A: ['b, c', '#d', 'yes'], true: ['[x]'] });
  });

  const refuse = (text: string, additions: Parameters<typeof addToGlossary>[2]) => () => addToGlossary(text, 'g.yaml', additions);

  it('refuses, naming the line, what the glossary would refuse at load', () => {
    expect(refuse(BEAT, [{ name: 'CECOT', variants: ['al salvador'] }])).toThrow('g.yaml:2: "al salvador" is already listed as a garble of "El Salvador"');
    expect(refuse(BEAT, [{ name: 'Salvador', variants: ['CECOT'] }])).toThrow('g.yaml:4: "CECOT" is a name of its own');
    expect(refuse(BEAT, [{ name: 'Baukele', keep: true }])).toThrow('g.yaml:5: "Baukele" cannot be kept as written');
    expect(refuse(BEAT, [{ name: 'A', variants: ['x'] }, { name: 'B', variants: ['X'] }])).toThrow(GlossaryError);
    expect(refuse('A: [b\n', [{ name: 'A', variants: ['c'] }])).toThrow(GlossaryError);
  });

  it('never writes a glossary that would not load: a kept spelling takes no garbles, a name no second case', () => {
    const kept = 'Baukele: {keep: true}\nBukele: [Bukle]\n';
    expect(refuse(kept, [{ name: 'Baukele', variants: ['Bukele'] }])).toThrow('g.yaml:1: "Baukele" is kept as written, so it takes no garbles');
    expect(refuse(kept, [{ name: 'BUKELE', variants: ['Bukel'] }])).toThrow('g.yaml:2: "BUKELE" differs only in case from the name "Bukele"');
    expect(refuse(kept, [{ name: 'Bukle', variants: ['Bukl'] }])).toThrow('g.yaml:2: "Bukle" is listed as a garble of "Bukele", so it cannot be a name');
    expect(refuse(kept, [{ name: 'Bukele', keep: true }])).toThrow('g.yaml:2: "Bukele" has garbles listed, so it cannot also be kept as written');
    expect(refuse('', [{ name: 'A', keep: true }, { name: 'A', variants: ['B'] }])).toThrow('"A" is kept as written');
  });

  it('makes additions in one pass: a name’s several additions as one, new names after what the last entry gains', () => {
    const out = addToGlossary('# top\nA:\n  - a1\n', 'g.yaml', [{ name: 'A', variants: ['a2'] }, { name: 'B', variants: ['b1'] }, { name: 'A', variants: ['a3', 'A2'] }]);
    expect(out).toBe('# top\nA:\n  - a1\n  - a2\n  - a3\nB: [b1]\n');
  });

  it('writes new lines in the file’s own line ending', () => {
    const out = addToGlossary('Kaja Kallas: [Kaja Kalas]\r\nCECOT: [Sikot]\r\n', 'g.yaml', [{ name: 'Nayib Bukele', variants: ['Baukele'], comment: 'new' }]);
    expect(out).toBe('Kaja Kallas: [Kaja Kalas]\r\nCECOT: [Sikot]\r\n# new\r\nNayib Bukele: [Baukele]\r\n');
  });
});

describe('adding to a JSON glossary', () => {
  it('keeps its order and writes it back as JSON', () => {
    const out = addToGlossary('{"El Salvador": ["Al Salvador"], "K": {"variants": ["L"]}}', 'g.json', [
      { name: 'El Salvador', variants: ['Salvadore'] },
      { name: 'K', variants: ['M'] },
      { name: 'N', keep: true },
    ]);
    expect(JSON.parse(out)).toEqual({ 'El Salvador': ['Al Salvador', 'Salvadore'], K: { variants: ['L', 'M'] }, N: { keep: true } });
    expect(Object.keys(JSON.parse(out))).toEqual(['El Salvador', 'K', 'N']);
  });
});

describe('adding to any glossary', () => {
  const word = fc.constantFrom('Ana', 'Bo', 'Cid', 'Dee', 'Eve', 'Fay', 'Gus', 'Hal');
  const spelling = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a} ${b}` : a));
  const entries = fc.uniqueArray(fc.tuple(spelling, fc.uniqueArray(spelling, { maxLength: 3 })), { selector: ([name]) => name, maxLength: 5 });
  const style = fc.constantFrom('flow', 'block', 'empty', 'comment');

  /** A map-form glossary in a mix of the styles people write, with no variant claimed twice. */
  const glossary = fc.tuple(entries, fc.array(style, { minLength: 5, maxLength: 5 })).map(([list, styles]) => {
    const taken = new Set(list.map(([name]) => name.toLowerCase()));
    return list
      .map(([name, variants], i) => {
        const own = variants.filter((variant) => !taken.has(variant.toLowerCase()) && (taken.add(variant.toLowerCase()), true));
        const how = own.length === 0 ? 'empty' : styles[i];
        if (how === 'empty') return `${name}:\n`;
        if (how === 'block') return `${name}:\n  - ${own.join('\n  - ')}\n`;
        return `${how === 'comment' ? '# about it\n' : ''}${name}: [${own.join(', ')}]\n`;
      })
      .join('');
  });

  it('reads afterwards as it did, with each new variant added to its name', () => {
    fc.assert(
      fc.property(glossary, fc.array(fc.tuple(spelling, spelling), { maxLength: 4 }), (text, pairs) => {
        const additions = pairs.map(([name, variant]) => ({ name, variants: [variant] }));
        let out: string;
        try {
          out = addToGlossary(text, 'g.yaml', additions);
        } catch (error) {
          // Refused only where the glossary or an earlier addition already gives the spelling another role.
          expect(error).toBeInstanceOf(GlossaryError);
          expect((error as Error).message).toMatch(/is already listed as a garble of|is a name of its own|differs only in case|is listed as a garble of .*, so it cannot be a name/);
          const roles = new Map<string, string>();
          for (const entry of parseGlossary(text, 'g.yaml')) {
            roles.set(entry.name.toLowerCase(), entry.name);
            for (const variant of entry.variants) roles.set(variant.toLowerCase(), entry.name);
          }
          const clash = additions.some(({ name, variants }) => {
            const found = [name, ...variants].some((spelling) => roles.has(spelling.toLowerCase()) && roles.get(spelling.toLowerCase()) !== name);
            roles.set(name.toLowerCase(), name);
            for (const variant of variants) roles.set(variant.toLowerCase(), roles.get(variant.toLowerCase()) ?? name);
            return found;
          });
          expect(clash).toBe(true);
          return;
        }
        const before = read(text);
        const after = read(out);
        for (const [name, variants] of Object.entries(before)) expect(after[name]!.slice(0, variants.length)).toEqual(variants);
        for (const { name, variants } of additions) {
          const listed = (after[name] ?? []).map((v) => v.toLowerCase());
          for (const variant of variants) if (variant !== name) expect(listed).toContain(variant.toLowerCase());
        }
        for (const line of text.split('\n').filter((l) => l.startsWith('#'))) expect(out).toContain(line);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
