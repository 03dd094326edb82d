import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/engine.js';
import type { Check, Doc, DocContext, Finding, Range } from '../../src/core/types.js';
import { article } from '../../src/fixers/article.js';
import { createUnmangler, unmangle } from '../../src/index.js';

const options = { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10 };

/** A fake fixer replacing every occurrence of `from` with `to`. */
function replacer(from: string, to: string, confidence = 0.9): Check {
  return (doc) => {
    const findings: Finding[] = [];
    for (let at = doc.text.indexOf(from); at !== -1; at = doc.text.indexOf(from, at + from.length)) {
      const range: Range = [at, at + from.length];
      findings.push({ fixer: 'spacing', rule: `${from}->${to}`, message: `${from} → ${to}`, range, expected: [to], fix: { range, text: to }, confidence });
    }
    return findings;
  };
}

describe('runPipeline', () => {
  it('lets each fixer see the text the previous one left, in the same pass', () => {
    const names = replacer('Al Salvador', 'El Salvador');
    const articles = article.create({} as never, { fixThreshold: 0.75 });
    const result = runPipeline('It was a Al Salvador official.', [names, articles], options);
    expect(result.output).toBe('It was an El Salvador official.');
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ original: 'a Al Salvador', replacement: 'an El Salvador', offset: 7 });
    expect(result.changes[0]!.steps.map((s) => s.fixer)).toEqual(['spacing', 'article']);
  });

  it('retries a fix that touched an applied one in the next pass', () => {
    let passes = 0;
    const upper: Check = (doc, context) => {
      passes++;
      return [...replacer('b', 'B')(doc, context), ...replacer('c', 'C')(doc, context)];
    };
    const result = runPipeline('abc', [upper], options);
    expect(result.output).toBe('aBC');
    expect(passes).toBe(3);
    expect(result.changes).toMatchObject([{ original: 'bc', replacement: 'BC', offset: 1 }]);
  });

  it('ends a cycle that brings back an earlier text (A→B→A)', () => {
    let passes = 0;
    const flip: Check = (doc, context) => {
      passes++;
      const from = doc.text.includes('ping') ? 'ping' : 'pong';
      return replacer(from, from === 'ping' ? 'pong' : 'ping')(doc, context);
    };
    const result = runPipeline('ping', [flip], options);
    // ping → pong → ping: the second pass brings the input back, so the loop ends with nothing changed.
    expect(passes).toBe(2);
    expect(result.output).toBe('ping');
    expect(result.changes).toEqual([]);
  });

  it('ends a cycle that brings back a text of an earlier pass, not the input (A→B→C→B)', () => {
    let passes = 0;
    const next: Record<string, string> = { start: 'ping', ping: 'pong', pong: 'ping' };
    const step: Check = (doc, context) => {
      passes++;
      return replacer(doc.text, next[doc.text]!)(doc, context);
    };
    const result = runPipeline('start', [step], options);
    // start → ping → pong → ping: the third pass brings back the first pass's text, and the loop ends there.
    expect(passes).toBe(3);
    expect(result.output).toBe('ping');
  });

  it('stops after the maximum number of passes', () => {
    let calls = 0;
    const grow: Check = (doc) => {
      calls++;
      const range: Range = [doc.text.length, doc.text.length];
      return [{ fixer: 'spacing', rule: 'grow', message: 'grow', range, expected: ['!'], fix: { range, text: '!' }, confidence: 1 }];
    };
    const result = runPipeline('go', [grow], { ...options, maxPasses: 4 });
    expect(calls).toBe(4);
    expect(result.output).toBe('go!!!!');
  });

  it('reports a fix below the threshold as a suggestion and applies nothing', () => {
    const result = runPipeline('a b', [replacer('b', 'c', 0.5)], options);
    expect(result.output).toBe('a b');
    expect(result.suggestions).toMatchObject([{ original: 'b', replacement: 'c', offset: 2 }]);
    expect(runPipeline('a b', [replacer('b', 'c', 0.1)], options).suggestions).toEqual([]);
  });

  it('never applies a fix that alters a protected span', () => {
    const result = runPipeline('see https://example.com/the/the now', [replacer('the/the', 'the')], options);
    expect(result.output).toBe('see https://example.com/the/the now');
    expect(result.changes).toEqual([]);
  });

  it('reports positions in the input as line and column', () => {
    const result = runPipeline('first line\r\nsecond 😀 b', [replacer('b', 'c')], options);
    expect(result.changes[0]).toMatchObject({ offset: 22, start: { line: 2, column: 10 }, end: { line: 2, column: 11 } });
  });

  it('gives each check the facts of the text as it is now, and reports in input coordinates', () => {
    // A fake fixer fixes "b" only when the whole document holds exactly one "b"; another removes "xb".
    const bs = (context: DocContext): number => context.memo('bs', (whole) => whole.text.split('b').length - 1);
    const loneB: Check = (doc: Doc, context: DocContext): Finding[] => {
      const at = doc.text.indexOf('b');
      if (at === -1 || bs(context) !== 1) return [];
      const range: Range = [at, at + 1];
      return [{ fixer: 'names', rule: 'lone-b', message: 'b → B', range, expected: ['B'], fix: { range, text: 'B' }, confidence: 0.9 }];
    };
    const result = runPipeline('a xb b', [replacer('xb', ''), loneB], options);
    expect(result.output).toBe('a  B');
    expect(result.changes.map((c) => [c.offset, c.original, c.replacement])).toEqual([
      [2, 'xb', ''],
      [5, 'b', 'B'],
    ]);
  });

  it('checks a chunk again only when its text or a fact it read has changed', () => {
    // Two chunks (paragraphs past the chunk size): the first is changed once, the second never.
    const paragraph = (word: string): string => `${word} ${'filler '.repeat(6000)}\n\n`;
    const text = paragraph('xa') + paragraph('zz');
    const seen: string[] = [];
    const spy: Check = (doc, context) => {
      seen.push(doc.text.slice(0, 2));
      if (doc.text.startsWith('zz')) context.memo('count-of-a', (whole) => whole.text.split('a').length);
      return [];
    };
    runPipeline(text, [spy, replacer('xa', 'x')], options);
    // Pass 1 sees both chunks; then "xa" loses its "a". Pass 2 checks the first chunk (new text) and the
    // second (same text, but the count of "a" it read has changed).
    expect(seen).toEqual(['xa', 'zz', 'x ', 'zz']);
    seen.length = 0;
    // Here the count the second chunk read stays the same: only the changed chunk is checked again.
    runPipeline(paragraph('xb') + paragraph('zz'), [spy, replacer('xb', 'x')], options);
    expect(seen).toEqual(['xb', 'zz', 'x ']);
  });

  it('checks again, with a memory of the last run, only the chunks a new version changed', () => {
    const paragraph = (word: string): string => `${word} ${'filler '.repeat(6000)}\n\n`;
    const seen: string[] = [];
    const spy: Check = (doc, context) => {
      seen.push(doc.text.slice(0, 2));
      if (doc.text.startsWith('zz')) context.memo('count-of-a', (whole) => whole.text.split('a').length);
      return [];
    };
    const checks = [spy, replacer('xb', 'x')];
    const memory = {};
    runPipeline(paragraph('xb') + paragraph('zz'), checks, options, undefined, memory);
    seen.length = 0;
    // The next version edits the first paragraph: the second is not checked again.
    const next = runPipeline(paragraph('qb') + paragraph('zz'), checks, options, undefined, memory);
    expect(seen).toEqual(['qb']);
    expect(next).toEqual(runPipeline(paragraph('qb') + paragraph('zz'), checks, options));
    seen.length = 0;
    // An "a" more changes the fact the second paragraph read: it is checked again.
    runPipeline(paragraph('qa') + paragraph('zz'), checks, options, undefined, memory);
    expect(seen).toEqual(['qa', 'zz']);
    seen.length = 0;
    // Another pipeline's memory is not used.
    runPipeline(paragraph('qa') + paragraph('zz'), [spy], options, undefined, memory);
    expect(seen).toEqual(['qa', 'zz']);
  });

  it('cleans a document the same with a memory of its earlier versions as without', () => {
    const seed = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');
    const clean = createUnmangler({});
    const memory = {};
    let text = seed;
    for (const [at, insert] of [[100, 'was was '], [2000, 'Baukele '], [100, ''], [3000, 'a honest ']] as const) {
      text = insert ? text.slice(0, at) + insert + text.slice(at) : seed;
      expect(clean(text, 'text', memory)).toEqual(clean(text));
    }
  });

  it('gives the same result every time', () => {
    const steps = [replacer('ab', 'X'), replacer('bc', 'Y')];
    expect(runPipeline('abcabc', steps, options)).toEqual(runPipeline('abcabc', steps, options));
  });
});

describe('suggestions after earlier changes', () => {
  it('are about the input they name, not widened over a deletion beside them', () => {
    const deleteFirst = replacer('x ', '');
    const suggestB: Check = (doc) => {
      const at = doc.text.indexOf('b');
      if (at === -1) return [];
      const range: Range = [at, at + 1];
      return [{ fixer: 'names', rule: 'maybe-b', message: 'b → B?', range, expected: ['B'], confidence: 0.5 }];
    };
    const result = runPipeline('x b', [deleteFirst, suggestB], options);
    expect(result.output).toBe('b');
    expect(result.suggestions.map((s) => [s.offset, s.length, s.original])).toEqual([[2, 1, 'b']]);
  });
});

describe('a suggestion that reaches into an earlier change', () => {
  it('covers the change whole and carries its text, so it loses nothing applied alone', () => {
    const result = unmangle('They flew to Al Salvador Salvador on Monday.');
    const [suggestion] = result.suggestions;
    expect(suggestion).toMatchObject({ original: 'Al Salvador Salvador', replacement: 'El Salvador' });
    const alone = result.input.slice(0, suggestion!.offset) + suggestion!.replacement + result.input.slice(suggestion!.offset + suggestion!.length);
    expect(alone).toBe('They flew to El Salvador on Monday.');
  });
});

describe('document facts', () => {
  it('refuses a make that reads the check context it kept instead of the one it is given', () => {
    let kept: DocContext | null = null;
    const leaky: Check = (_doc, context) => {
      kept = context;
      return [];
    };
    runPipeline('a b', [leaky], options);
    expect(() => kept!.memo('later', (whole) => whole.text.length)).toThrow(/must use the context it is given/);
    expect(() => kept!.text).toThrow(/after it returned/);
  });
});
