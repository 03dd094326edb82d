import type { InputChange } from './offset-map.js';
import { describeChange, LineIndex } from './position.js';
import type { Change, ChangeStep, Range, Result } from './types.js';

/** A suggestion found in a pass, in the input's coordinates: each candidate applies to the input on its own. */
export interface PendingSuggestion {
  readonly range: Range;
  readonly expected: readonly string[];
  readonly step: ChangeStep;
}

/** The run's result: the changes as recorded, the last pass's suggestions, each once, in input order. */
export function report(input: string, output: string, inputChanges: readonly InputChange[], pending: readonly PendingSuggestion[]): Result {
  const lines = new LineIndex(input);
  const toChange = (range: Range, replacement: string, steps: readonly ChangeStep[]): Change => describeChange(input, lines, range, replacement, steps);
  const changes = inputChanges.map((change) => toChange(change.range, change.replacement, change.steps));
  const unique = new Map<string, Change>();
  for (const suggestion of pending) {
    const [first, ...alternatives] = suggestion.expected;
    const described = toChange(suggestion.range, first ?? '', [suggestion.step]);
    const change = alternatives.length > 0 ? { ...described, alternatives } : described;
    unique.set(`${change.offset}:${change.length}:${change.fixer}:${change.message}`, change);
  }
  const suggestions = [...unique.values()].sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { input, output, changes, suggestions };
}

/**
 * A cheap 64-bit digest of the text (two FNV-1a hashes, in one loop over it), to notice a pass that brings
 * an earlier text back.
 */
export function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return `${text.length}:${first >>> 0}:${second >>> 0}`;
}
