import { describe, expect, it } from 'vitest';
import { unmangle, type Syntax } from '../src/index.js';
import { applyChanges } from './helpers/fixer-cases.js';

/**
 * Inputs built to break a text tool: each must finish (the test's time limit is the bound, generous on
 * purpose: these are correctness checks, not benchmarks) and keep its promises.
 */
const cases: [string, () => string, Syntax][] = [
  ['NUL bytes', () => 'a\u0000b the the\u0000', 'text'],
  ['lone surrogates', () => '\uD800 the the \uDC00 a hour \uDBFF', 'text'],
  ['a 1 MB single line', () => 'word '.repeat(100_000) + 'x'.repeat(500_000), 'text'],
  ['100,000 repeats of one word', () => 'again '.repeat(100_000), 'text'],
  ['100,000 short lines', () => 'a line\n'.repeat(100_000), 'text'],
  ['a 10,000-word sentence', () => `${Array.from({ length: 10_000 }, (_, i) => `w${i % 50}`).join(' ')}.`, 'text'],
  // Thousands of changes on one line: reporting their columns was quadratic (80,000 words took 43 s).
  ['a line of 40,000 words drawn from a few names', () => Array.from({ length: 40_000 }, (_, i) => ['Bukele', 'Baukele', 'Al', 'Salvador', 'Maduro', 'the', 'and', 'a'][(i * 7919) % 8]).join(' '), 'text'],
  ['one million characters with no space', () => 'abc'.repeat(333_333), 'text'],
  // A run of marks overflowed the regex engine's stack when folded ("Maximum call stack size exceeded").
  ['a word of ten million combining accents', () => `a${'\u0301'.repeat(10_000_000)} and A${'\u0301'.repeat(1_000)}`, 'text'],
  // Daitch–Mokotoff branched on every c before it deduped: 22 took 4 s, 40 would take days.
  ['capitalised words of 40 ambiguous letters', () => Array.from({ length: 20 }, (_, i) => `Ac${'c'.repeat(40 + i)}zs`).join(' '), 'text'],
  ['deeply nested Markdown quotes and lists', () => `${'> '.repeat(500)}${'- '.repeat(500)}the the text\n`, 'markdown'],
  ['10,000 nested brackets', () => `${'['.repeat(10_000)}the the${']'.repeat(10_000)}`, 'markdown'],
  ['an unclosed code fence', () => '```\nthe the\n'.repeat(1000), 'markdown'],
  ['a subtitle with 20,000 cues', () => Array.from({ length: 20_000 }, (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nsaid it\n`).join('\n'), 'srt'],
  ['a subtitle file of garbage', () => '-->\n\n-->-->\n1\n\n\n2\nno timing\n'.repeat(5000), 'srt'],
];

describe('adversarial inputs', () => {
  it.each(cases)('%s', (_, make, syntax) => {
    const text = make();
    const result = unmangle(text, { syntax });
    expect(applyChanges(result)).toBe(result.output);
    expect(unmangle(result.output, { syntax }).output).toBe(result.output);
  }, 60_000);
});
