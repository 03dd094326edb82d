import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUnmangler } from '../../src/index.js';
import { GlossaryError } from '../../src/glossary/types.js';
import { propertyRuns } from '../setup/fast-check.js';

const prh = (expected: string, pattern: string): string => `version: 1\nrules:\n  - expected: ${JSON.stringify(expected)}\n    pattern: ${pattern}\n`;
const withGlossary = (text: string, file = 'g.yml') => createUnmangler({ glossaries: [{ file, text }] });

/** Glossaries whose names contain their own variant or pattern: each once grew the text on every run. */
const SELF_FEEDING = [
  'St. Louis: [Louis]\n',
  'Mr. Smith: [Smith]\n',
  prh('El Salvador', '/Salvador/'),
  prh('x$&y', '/ab/'),
  prh('$1$1', '/(c\\w+)/'),
  prh('aa', '/a+/'),
  prh('Tren de Aragua', '/Aragua/'),
];

describe('pattern rules that could feed themselves', () => {
  it('never grow text that already reads as the name', () => {
    const clean = withGlossary(prh('El Salvador', '/Salvador/'));
    expect(clean('He flew to El Salvador and Salvador.').output).toBe('He flew to El Salvador and El Salvador.');
    expect(withGlossary(prh('x$&y', '/ab/'))('ab, then xaby.').output).toBe('xaby, then xaby.');
  });

  it('offer, and never write, a replacement the rule would rewrite again', () => {
    const result = withGlossary(prh('$1$1', '/(c\\w+)/'))('The cat sat.');
    expect(result.output).toBe('The cat sat.');
    expect(result.suggestions).toEqual([expect.objectContaining({ original: 'cat', replacement: 'catcat', fixer: 'names' })]);
  });

  it('are refused at load when the replacement copies the text around or names a missing group, with the line', () => {
    expect(() => withGlossary(prh('x$`y', '/ab/'))).toThrow(GlossaryError);
    expect(() => withGlossary(prh("x$'y", '/ab/'))).toThrow(/g\.yml:3: .*copies the text around/);
    expect(() => withGlossary(prh('$2', '/(a)b/'))).toThrow(/g\.yml:3: .*group \$2/);
    expect(() => withGlossary(prh('$1', '/(a)b/'))).not.toThrow();
    // As String.replace reads them: $10 is $1 then 0 with one group, $$1 a dollar and a 1.
    expect(() => withGlossary(prh('$10', '/(a)b/'))).not.toThrow();
    expect(() => withGlossary(prh('US$$1', '/(a)b/'))).not.toThrow();
    expect(() => withGlossary(prh('$<x>', '/(?<x>a)b/'))).toThrow(/names a group/);
  });

  it('give what cleaning once gave when cleaning twice, for any text', () => {
    const cleaners = SELF_FEEDING.map((glossary) => withGlossary(glossary));
    const words = fc.constantFrom('St.', 'Louis', 'Mr.', 'Smith', 'El', 'Salvador', 'ab', 'xaby', 'cat', 'a', 'aa', 'Tren', 'de', 'Aragua', 'the', '.', ',');
    const text = fc.array(words, { maxLength: 20 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, fc.nat(cleaners.length - 1), (input, which) => {
        const once = cleaners[which]!(input).output;
        expect(cleaners[which]!(once).output).toBe(once);
        expect(once.length).toBeLessThanOrEqual(input.length * 2 + 20);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
