import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUnmangler } from '../../src/index.js';
import { markdownShape } from '../../src/formats/markdown.js';
import { propertyRuns } from '../setup/fast-check.js';

const GLOSSARIES = [
  { file: 'names.yaml', text: 'CECOT: [Sikot Prison]\nTren de Aragua: [Train de Argu]\n' },
  { file: 'prh.yml', text: 'version: 1\nrules:\n  - expected: CECOT\n    pattern: /Sikot\\s+Prison/\n  - expected: "Tren de Aragua"\n    pattern: /Train\\s+de\\s+Argu/\n' },
];
const clean = createUnmangler({ glossaries: GLOSSARIES });
const md = (text: string): string => clean(text, 'markdown').output;

describe('cleaning Markdown keeps its structure', () => {
  it('never joins a heading to the paragraph after it', () => {
    expect(md('# Visit Sikot\nPrison guards.\n')).toBe('# Visit Sikot\nPrison guards.\n');
    expect(md('# Visit Sikot Prison\n\nGuards.\n')).toBe('# Visit CECOT\n\nGuards.\n');
  });

  it('never merges two paragraphs, or a quote and what follows it', () => {
    expect(md('He saw Sikot\n\nPrison guards.\n')).toBe('He saw Sikot\n\nPrison guards.\n');
    expect(md('> He said Train de\n\nArgu is here.\n')).toBe('> He said Train de\n\nArgu is here.\n');
    expect(md('The Train de Argu gang.\n')).toBe('The Tren de Aragua gang.\n');
  });

  it('never makes an image or a link of text', () => {
    expect(md('Look ![x](img/the  the.png) here.\n')).not.toMatch(/!\[x\]\(img\/the\.png\)/);
    expect(markdownShape(md('Look ![x](img/the  the.png) here, the the end.\n'))).toBe(markdownShape('Look ![x](img/the  the.png) here, the end.\n'));
    expect(md('It was was [a link](https://example.com) here.\n')).toBe('It was [a link](https://example.com) here.\n');
  });

  it('gives a document of the same node types and counts, for any Markdown built from risky pieces', () => {
    const pieces = fc.constantFrom(
      '# ', '## ', '> ', '- ', '1. ', '```\n', '    ', '***', '*', '_', '![x](img/the  the.png)', '[the](the the)', '<b>', '|', '---',
      'Sikot', 'Prison', 'Train', 'de', 'Argu', 'the', 'the the', 'a', 'an', 'hour', 'was was', 'Al Salvador', '  ', 'word',
    );
    const separators = fc.constantFrom(' ', ' ', '\n', '\n\n', '');
    const doc = fc.array(fc.tuple(pieces, separators), { maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(doc, (text) => {
        expect(markdownShape(md(text))).toBe(markdownShape(text));
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
