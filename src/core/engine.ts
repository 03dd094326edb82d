import { applyEdits } from './apply-edits.js';
import { OffsetMap, type StepEdit } from './offset-map.js';
import { LineIndex } from './position.js';
import { respectsProtection } from './protection.js';
import { tokenize } from './tokenize.js';
import type { Change, ChangeStep, Check, Doc, FixerId, Range, Result } from './types.js';

export interface PipelineStep {
  readonly id: FixerId;
  readonly check: Check;
}

export interface EngineOptions {
  /** A fix with at least this confidence is applied; below it, it is a suggestion. */
  readonly fixThreshold: number;
  /** A finding below this confidence is dropped altogether. */
  readonly suggestThreshold: number;
  readonly maxPasses: number;
}

interface PendingSuggestion {
  readonly range: Range;
  readonly expected: readonly string[];
  readonly step: ChangeStep;
}

/**
 * Run the fixers over `input` until nothing changes: within a pass each fixer sees the text the previous
 * one left; conflicting fixes wait for the next pass; at most `maxPasses` passes, and a pass that brings
 * back an earlier text (A→B→A) ends the loop. Every change is reported in the coordinates of `input`.
 */
export function runPipeline(input: string, steps: readonly PipelineStep[], options: EngineOptions): Result {
  const map = new OffsetMap(input);
  const seen = new Set<string>([fingerprint(input)]);
  let text = input;
  let doc: Doc | null = null;
  let suggestions: PendingSuggestion[] = [];
  for (let pass = 0; pass < options.maxPasses; pass++) {
    let changed = false;
    const passSuggestions: PendingSuggestion[] = [];
    for (const { check } of steps) {
      doc ??= tokenize(text);
      const fixes: StepEdit[] = [];
      for (const finding of check(doc)) {
        const step: ChangeStep = {
          fixer: finding.fixer,
          rule: finding.rule,
          message: finding.message,
          confidence: finding.confidence,
        };
        if (finding.fix && finding.confidence >= options.fixThreshold) {
          if (respectsProtection(text, finding.fix, doc.protectedSpans)) fixes.push({ ...finding.fix, step });
        } else if (finding.confidence >= options.suggestThreshold) {
          passSuggestions.push({ range: map.toInputRange(finding.range), expected: finding.expected, step });
        }
      }
      const { text: next, applied } = applyEdits(text, fixes);
      if (applied.length > 0) {
        map.record(text, applied);
        text = next;
        doc = null;
        changed = true;
      }
    }
    suggestions = passSuggestions;
    if (!changed) break;
    const print = fingerprint(text);
    if (seen.has(print)) break;
    seen.add(print);
  }
  return report(input, text, map, suggestions);
}

function report(input: string, output: string, map: OffsetMap, pending: readonly PendingSuggestion[]): Result {
  const lines = new LineIndex(input);
  const toChange = (range: Range, replacement: string, steps: readonly ChangeStep[]): Change => {
    const first = steps[0]!;
    return {
      fixer: first.fixer,
      rule: first.rule,
      message: steps.map((step) => step.message).join('; then '),
      confidence: Math.min(...steps.map((step) => step.confidence)),
      original: input.slice(range[0], range[1]),
      replacement,
      offset: range[0],
      length: range[1] - range[0],
      start: lines.pointAt(range[0]),
      end: lines.pointAt(range[1]),
      steps,
    };
  };
  const changes = map.changes().map((change) => toChange(change.range, change.replacement, change.steps));
  const unique = new Map<string, Change>();
  for (const suggestion of pending) {
    const change = toChange(suggestion.range, suggestion.expected[0] ?? '', [suggestion.step]);
    unique.set(`${change.offset}:${change.length}:${change.fixer}:${change.message}`, change);
  }
  const suggestions = [...unique.values()].sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { input, output, changes, suggestions };
}

/** A cheap 64-bit digest of the text, to notice a pass that brings an earlier text back. */
function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
  }
  return `${text.length}:${h1 >>> 0}:${h2 >>> 0}`;
}
