import { applyEdits } from './apply-edits.js';
import { splitChunks } from './chunks.js';
import { OffsetMap, toStepEdit, type InputChange, type StepEdit } from './offset-map.js';
import { describeChange, LineIndex } from './position.js';
import { respectsProtection } from './protection.js';
import { fnv1a } from './search.js';
import { tokenize } from './tokenize.js';
import type { Change, ChangeStep, Check, Doc, DocContext, FixerId, Range, Result } from './types.js';

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
 * Rounds over the document at most. A fixer that reads document-wide facts (how often each spelling of a
 * name occurs) read them from the input; once repeats are gone the output may say otherwise ("Baukele"
 * said twice in a loop is now said once), so the chunks those facts touch are cleaned again. Without this,
 * a second run would change what the first left: `--write` then `--check` would fail.
 */
const MAX_ROUNDS = 3;

/**
 * Run the fixers over `input` until nothing changes: within a pass each fixer sees the text the previous
 * one left; conflicting fixes wait for the next pass; at most `maxPasses` passes, and a pass that brings
 * back an earlier text (A→B→A) ends the loop. Long texts are cleaned chunk by chunk (paragraphs; no fixer
 * looks across a blank line). Every change is reported in the coordinates of `input`.
 */
export function runPipeline(input: string, steps: readonly PipelineStep[], options: EngineOptions): Result {
  let context = documentContext(input, false);
  const first = cleanChunks(input, splitChunks(input), steps, options, context);
  if (first.output === input) return report(input, input, first.changes, first.suggestions);
  // Later rounds clean parts of the previous output; the map keeps every change in input coordinates.
  const map = new OffsetMap(input);
  map.record(input, first.changes.map(toStepEdit));
  let text = first.output;
  let suggestions = first.suggestions;
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const next = documentContext(text, true);
    const stale = staleChunks(text, steps, context, next);
    if (stale.length === 0) break;
    const again = cleanChunks(text, stale, steps, options, next);
    // The chunks cleaned again report their suggestions anew; the others keep theirs.
    const redone = stale.map((range) => map.toInputRange(range));
    suggestions = [
      ...suggestions.filter(({ range }) => !redone.some(([start, end]) => start <= range[0] && range[1] <= end)),
      ...again.suggestions.map((suggestion) => ({ ...suggestion, range: map.toInputRangeWithin(suggestion.range) })),
    ];
    map.record(text, again.changes.map(toStepEdit));
    text = again.output;
    context = next;
  }
  return report(input, text, map.changes(), suggestions);
}

/** The chunks of `text` (cleaned from the document `before`) that some fixer may now judge differently. */
function staleChunks(text: string, steps: readonly PipelineStep[], before: DocContext, after: DocContext): Range[] {
  const tests = steps.flatMap(({ check }) => check.stale?.(before, after) ?? []);
  if (tests.length === 0) return [];
  return splitChunks(text).filter(([start, end]) => {
    const chunk = text.slice(start, end);
    return tests.some((test) => test(chunk));
  });
}

/**
 * Clean the given chunks of `text` (sorted, disjoint), copying the rest; changes and suggestions come back
 * in the coordinates of `text`.
 */
function cleanChunks(text: string, chunks: readonly Range[], steps: readonly PipelineStep[], options: EngineOptions, context: DocContext): ChunkResult {
  const outputs: string[] = [];
  const changes: InputChange[] = [];
  const suggestions: PendingSuggestion[] = [];
  let at = 0;
  for (const [start, end] of chunks) {
    if (start > at) outputs.push(text.slice(at, start));
    const chunk = cleanChunk(text.slice(start, end), steps, options, context);
    outputs.push(chunk.output);
    for (const change of chunk.changes) changes.push({ ...change, range: [change.range[0] + start, change.range[1] + start] });
    for (const suggestion of chunk.suggestions) suggestions.push({ ...suggestion, range: [suggestion.range[0] + start, suggestion.range[1] + start] });
    at = end;
  }
  if (at < text.length) outputs.push(text.slice(at));
  return { output: outputs.length === 1 ? outputs[0]! : outputs.join(''), changes, suggestions };
}

interface ChunkResult {
  readonly output: string;
  readonly changes: readonly InputChange[];
  readonly suggestions: readonly PendingSuggestion[];
}

/** The pass loop over one chunk; ranges come back relative to the chunk. */
function cleanChunk(input: string, steps: readonly PipelineStep[], options: EngineOptions, context: DocContext): ChunkResult {
  const map = new OffsetMap(input);
  // Fingerprints are needed only once a pass has changed something: most chunks never get that far.
  const seen = new Set<string>();
  let text = input;
  let doc: Doc | null = null;
  let suggestions: PendingSuggestion[] = [];
  for (let pass = 0; pass < options.maxPasses; pass++) {
    let changed = false;
    const passSuggestions: PendingSuggestion[] = [];
    for (const { check } of steps) {
      doc ??= tokenize(text);
      const fixes: StepEdit[] = [];
      for (const finding of check(doc, context)) {
        const step: ChangeStep = {
          fixer: finding.fixer,
          rule: finding.rule,
          message: finding.message,
          confidence: finding.confidence,
        };
        if (finding.fix && finding.confidence >= options.fixThreshold) {
          if (respectsProtection(text, finding.fix, doc.protectedSpans)) fixes.push({ ...finding.fix, steps: [step] });
        } else if (finding.confidence >= options.suggestThreshold) {
          passSuggestions.push({ range: map.toInputRangeWithin(finding.range), expected: finding.expected, step });
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
    if (pass === 0) seen.add(fingerprint(input));
    const print = fingerprint(text);
    if (seen.has(print)) break;
    seen.add(print);
  }
  return { output: text, changes: map.changes(), suggestions };
}

/** The document a chunk belongs to, with a memo for what fixers compute once per document. */
export function documentContext(text: string, settled: boolean): DocContext {
  const memos = new Map<string, unknown>();
  return {
    text,
    settled,
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  };
}

function report(input: string, output: string, inputChanges: readonly InputChange[], pending: readonly PendingSuggestion[]): Result {
  const lines = new LineIndex(input);
  const toChange = (range: Range, replacement: string, steps: readonly ChangeStep[]): Change => describeChange(input, lines, range, replacement, steps);
  const changes = inputChanges.map((change) => toChange(change.range, change.replacement, change.steps));
  const unique = new Map<string, Change>();
  for (const suggestion of pending) {
    const change = toChange(suggestion.range, suggestion.expected[0] ?? '', [suggestion.step]);
    unique.set(`${change.offset}:${change.length}:${change.fixer}:${change.message}`, change);
  }
  const suggestions = [...unique.values()].sort((a, b) => a.offset - b.offset || a.length - b.length);
  return { input, output, changes, suggestions };
}

/** A cheap 64-bit digest of the text (two FNV-1a hashes), to notice a pass that brings an earlier text back. */
function fingerprint(text: string): string {
  return `${text.length}:${fnv1a(text)}:${fnv1a(text, 0, text.length, 0x01000193, 0x5bd1e995)}`;
}
