import { describe, expect, it } from 'vitest';
import type { Env } from '../../src/fixers/types.js';
import { builtinNames } from '../../src/glossary/builtin.js';
import { compileNames } from '../../src/glossary/compile.js';
import { unmangle, type FixerId, type Result, type UnmangleOptions } from '../../src/index.js';
import { englishLexicon } from '../../src/glossary/lexicon.js';

export interface InvalidCase {
  readonly text: string;
  readonly output: string;
  /** The rule of the first change, when the case is about one rule. */
  readonly rule?: string;
}

export interface FixerCases {
  /** Text the fixer must leave exactly as it is. */
  readonly valid: readonly string[];
  /** Text the fixer must change, and into what. */
  readonly invalid: readonly InvalidCase[];
}

/** Apply reported changes to the input: must give the output, or the positions are lies. */
export function applyChanges(result: Result): string {
  let out = '';
  let at = 0;
  for (const change of result.changes) {
    out += result.input.slice(at, change.offset) + change.replacement;
    at = change.offset + change.length;
  }
  return out + result.input.slice(at);
}

/** RuleTester-style table: each case is a test named by its text, run through the engine with this fixer only. */
export function describeFixer(id: FixerId, cases: FixerCases, options: UnmangleOptions = {}): void {
  describe(id, () => {
    describe('leaves alone', () => {
      it.each(cases.valid.map((text) => [text]))('%s', (text) => {
        const result = unmangle(text, { ...options, only: [id] });
        expect(result.changes).toEqual([]);
        expect(result.output).toBe(text);
      });
    });
    describe('changes', () => {
      it.each(cases.invalid.map((c) => [c.text, c]))('%s', (_, c) => {
        const result = unmangle(c.text, { ...options, only: [id] });
        expect(result.output).toBe(c.output);
        expect(result.changes.length).toBeGreaterThan(0);
        expect(applyChanges(result)).toBe(c.output);
        if (c.rule) expect(result.changes[0]!.rule).toBe(c.rule);
        for (const change of result.changes) expect(change.message).not.toBe('');
      });
    });
  });
}

/** What a name fixer is created with by default: the English lexicon and the built-in names, no glossary. */
export function defaultNameEnv(): Env {
  const lexicon = englishLexicon();
  return { fixThreshold: 0.75, lexicon, names: compileNames([], builtinNames(), lexicon) };
}
