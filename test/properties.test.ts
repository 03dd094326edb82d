import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../src/index.js';
import { checkProperties } from './helpers/invariants.js';
import { propertyRuns } from './setup/fast-check.js';

/** Pieces machine-made text is built from: repeats, articles, names, quotes, protected spans, odd characters. */
const PIECES = [
  'the', 'The', 'a', 'an', 'A', 'hour', 'honest', 'unique', 'European', 'apple', 'Al Salvador', 'Bukele', 'Maduro’s',
  'warmly', 'thanked', 'and', 'had', 'that', 'very', 'deep,', 'under the Trump Administration', 'self', '-style', '-the',
  ',', '.', '?', '!', ' ,', '“', '”', '"', '(', ')', 'https://example.com/the/the', 'press@example.org', '@handle', '#tag',
  '2022', '10:30', '8-year-old', '1', '😀', 'e\u0301', 'שלום', 'مرحبا', '\u0000', '\uFEFF', 'café', 'FBI', 'US',
  "And that's what we saw.",
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '', '\t'];

const machineText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

const anyText = fc.oneof(machineText, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

describe('properties of unmangle', () => {
  it('is idempotent, and reports changes that reproduce the output at code point boundaries', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(checkProperties(text, 'text')).toBeNull();
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('keeps URLs, e-mail addresses, handles and hashtags byte for byte', () => {
    fc.assert(
      fc.property(machineText, (text) => {
        const output = unmangle(text).output;
        for (const span of ['https://example.com/the/the', 'press@example.org', '@handle', '#tag']) {
          const count = (s: string): number => s.split(span).length - 1;
          expect(count(output)).toBe(count(text));
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
