import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineStep } from '../../src/core/engine.js';
import type { Check, Doc, DocContext, Finding, Range } from '../../src/core/types.js';
import { article } from '../../src/fixers/article.js';

const options = { fixThreshold: 0.75, suggestThreshold: 0.4, maxPasses: 10 };

/** A fake fixer replacing every occurrence of `from` with `to`. */
function replacer(from: string, to: string, confidence = 0.9): PipelineStep {
  const check: Check = (doc) => {
    const findings: Finding[] = [];
    for (let at = doc.text.indexOf(from); at !== -1; at = doc.text.indexOf(from, at + from.length)) {
      const range: Range = [at, at + from.length];
      findings.push({ fixer: 'spacing', rule: `${from}->${to}`, message: `${from} → ${to}`, range, expected: [to], fix: { range, text: to }, confidence });
    }
    return findings;
  };
  return { id: 'spacing', check };
}

describe('runPipeline', () => {
  it('lets each fixer see the text the previous one left, in the same pass', () => {
    const names = replacer('Al Salvador', 'El Salvador');
    const articles: PipelineStep = { id: 'article', check: article.create({} as never, { fixThreshold: 0.75 }) };
    const result = runPipeline('It was a Al Salvador official.', [names, articles], options);
    expect(result.output).toBe('It was an El Salvador official.');
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ original: 'a Al Salvador', replacement: 'an El Salvador', offset: 7 });
    expect(result.changes[0]!.steps.map((s) => s.fixer)).toEqual(['spacing', 'article']);
  });

  it('retries a fix that touched an applied one in the next pass', () => {
    let passes = 0;
    const upper: PipelineStep = {
      id: 'spacing',
      check: (doc, context) => {
        passes++;
        return [...replacer('b', 'B').check(doc, context), ...replacer('c', 'C').check(doc, context)];
      },
    };
    const result = runPipeline('abc', [upper], options);
    expect(result.output).toBe('aBC');
    expect(passes).toBe(3);
    expect(result.changes).toMatchObject([{ original: 'bc', replacement: 'BC', offset: 1 }]);
  });

  it('ends a cycle that brings back an earlier text (A→B→A)', () => {
    let passes = 0;
    const flip: PipelineStep = {
      id: 'spacing',
      check: (doc, context) => {
        passes++;
        const from = doc.text.includes('ping') ? 'ping' : 'pong';
        return replacer(from, from === 'ping' ? 'pong' : 'ping').check(doc, context);
      },
    };
    const result = runPipeline('ping', [flip], options);
    // ping → pong → ping: the second pass brings the input back, so the loop ends with nothing changed.
    expect(passes).toBe(2);
    expect(result.output).toBe('ping');
    expect(result.changes).toEqual([]);
  });

  it('stops after the maximum number of passes', () => {
    let calls = 0;
    const grow: PipelineStep = {
      id: 'spacing',
      check: (doc) => {
        calls++;
        const range: Range = [doc.text.length, doc.text.length];
        return [{ fixer: 'spacing', rule: 'grow', message: 'grow', range, actual: '', expected: ['!'], fix: { range, text: '!' }, confidence: 1 }];
      },
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

  it('cleans again the chunks whose document-wide facts the cleaning changed, in input coordinates', () => {
    // A fake fixer fixes "b" only when the whole document holds exactly one "b"; another removes "xb".
    const bs = (text: string): number => text.split('b').length - 1;
    const lone = (doc: Doc, context: DocContext): Finding[] => {
      const at = doc.text.indexOf('b');
      if (at === -1 || bs(context.text) !== 1) return [];
      const range: Range = [at, at + 1];
      return [{ fixer: 'names', rule: 'lone-b', message: 'b → B', range, expected: ['B'], fix: { range, text: 'B' }, confidence: 0.9 }];
    };
    const loneB: Check = Object.assign((doc: Doc, context: DocContext) => lone(doc, context), {
      stale: (before: DocContext, after: DocContext) => (bs(before.text) !== bs(after.text) ? (chunk: string) => chunk.includes('b') : null),
    });
    const steps: PipelineStep[] = [replacer('xb', ''), { id: 'names', check: loneB }];
    const result = runPipeline('a xb b', steps, options);
    expect(result.output).toBe('a  B');
    expect(result.changes.map((c) => [c.offset, c.original, c.replacement])).toEqual([
      [2, 'xb', ''],
      [5, 'b', 'B'],
    ]);
    // Without the second look, "b" stays: the input held two.
    expect(runPipeline('a xb b', [replacer('xb', ''), { id: 'names', check: lone }], options).output).toBe('a  b');
  });

  it('gives the same result every time', () => {
    const steps = [replacer('ab', 'X'), replacer('bc', 'Y')];
    expect(runPipeline('abcabc', steps, options)).toEqual(runPipeline('abcabc', steps, options));
  });
});

describe('suggestions after earlier changes', () => {
  it('are about the input they name, not widened over a deletion beside them', () => {
    const deleteFirst: PipelineStep = replacer('x ', '');
    const suggestB: PipelineStep = {
      id: 'names',
      check: (doc) => {
        const at = doc.text.indexOf('b');
        if (at === -1) return [];
        const range: Range = [at, at + 1];
        return [{ fixer: 'names', rule: 'maybe-b', message: 'b → B?', range, expected: ['B'], confidence: 0.5 }];
      },
    };
    const result = runPipeline('x b', [deleteFirst, suggestB], options);
    expect(result.output).toBe('b');
    expect(result.suggestions.map((s) => [s.offset, s.length, s.original])).toEqual([[2, 1, 'b']]);
  });
});
