import { applyEdits, chooseEdits } from './apply-edits.js';
import { Chunker } from './chunks.js';
import { ChunkParts, FactReads, Facts } from './facts.js';
import { OffsetMap, type StepEdit } from './offset-map.js';
import { fingerprint, report, type PendingSuggestion } from './report.js';
import { respectsProtection } from './protection.js';
import { tokenize } from './tokenize.js';
import type { ChangeStep, Check, Doc, DocContext, Range, Result } from './types.js';

export interface EngineOptions {
  /** A fix with at least this confidence is applied; below it, it is a suggestion. */
  readonly fixThreshold: number;
  /** A finding below this confidence is dropped altogether. */
  readonly suggestThreshold: number;
  readonly maxPasses: number;
  /** Characters a chunk is cut at about (tests set it; CHUNK_TARGET otherwise). */
  readonly chunkTarget?: number;
}

/**
 * What the checks see of a document (its prose, for Markdown and subtitles), and the way back: `carry`
 * turns edits of `text` into edits of the document, cut or dropped where they would alter its structure.
 */
export interface TextView {
  readonly text: string;
  carry(edits: readonly StepEdit[]): StepEdit[];
  /** A range of `text` in the document, or null where it has no whole counterpart there. */
  toDocumentRange(range: Range): Range | null;
  /**
   * The view of the document once `applied` (carried edits) made it `document`, without parsing it again
   * (a parse shifted); the engine still builds a fresh view at the start of each pass.
   */
  after?(document: string, applied: readonly StepEdit[]): TextView;
}

/** The view of a document as it reads now: rebuilt whenever the document changes. */
export type ViewOf = (document: string) => TextView;

const plainText: ViewOf = (text) => ({ text, carry: (edits) => [...edits], toDocumentRange: (range) => range });

/** What one check found in one chunk's text, relative to the chunk, and what of the document it read. */
interface ChunkVerdict {
  readonly fixes: readonly StepEdit[];
  readonly suggestions: readonly PendingSuggestion[];
  readonly reads: FactReads;
}

/**
 * What one run leaves for the next run of the same checks over one document's next version (an editor's
 * keystroke): each chunk's verdicts, reused where the chunk and the facts it read are unchanged, and the
 * chunks' parts of the facts. It holds the last run only, but the verdicts of all its passes: the next
 * run's first pass reads a text like this run's input, its later passes texts like this run's later ones.
 */
export interface EngineMemory {
  checks?: readonly Check[];
  verdicts?: readonly Map<string, ChunkVerdict>[];
  parts?: ChunkParts;
}

/**
 * Run the checks over `input` until nothing changes: one loop of passes, in each pass every check in order
 * over the whole text the previous one left, chunk by chunk (paragraphs; no check looks across a blank
 * line). Document-wide facts (how often each spelling of a name occurs) are those of the current text, so
 * a check after the repeats are gone counts a looped name once. A chunk is checked again only when its
 * text or a fact its check read has changed: a clean chunk costs one check per fixer. Fixes are applied
 * ESLint-style (sorted; one that overlaps or touches another waits for the next pass); at most `maxPasses`
 * passes, and a pass that brings back an earlier text (A→B→A) ends the loop. Every change is reported in
 * the coordinates of `input`; the suggestions are those of the last pass. The checks see the document
 * through `viewOf` (its prose), rebuilt after every step that changed it: an edit cut at the structure
 * leaves a document the next pass simply sees as it is.
 */
export function runPipeline(input: string, checks: readonly Check[], options: EngineOptions, viewOf: ViewOf = plainText, memory?: EngineMemory): Result {
  const map = new OffsetMap(input);
  const verdicts = checks.map(() => new Map<string, ChunkVerdict>());
  // A memory of other checks (other settings) is of no use: verdicts depend on them.
  const earlier = memory?.checks === checks ? memory.verdicts : undefined;
  const remembered = checks.map(() => new Map<string, ChunkVerdict>());
  const seen = new Set<string>();
  let text = input;
  let view = viewOf(text);
  let shifted = false;
  // The chunks of the text the last check left: split again only when a check changed it.
  const chunker = new Chunker(options.chunkTarget);
  const parts = (earlier && memory?.parts) || new ChunkParts();
  const factsOf = (of: string): Facts => new Facts(of, parts, (whole) => chunker.chunksOf(whole).map((chunk) => chunk.text));
  let facts = factsOf(view.text);
  // The tokens of the current text's chunks, shared by the checks: a chunk no fix touched is tokenized once.
  let docs = new Map<string, Doc>();
  let suggestions: PendingSuggestion[] = [];
  for (let pass = 0; pass < options.maxPasses; pass++) {
    // A view shifted within the last pass is parsed afresh for this one.
    if (shifted) {
      view = viewOf(text);
      shifted = false;
      if (view.text !== facts.text) facts = factsOf(view.text);
    }
    let changed = false;
    const passSuggestions: PendingSuggestion[] = [];
    checks.forEach((check, c) => {
      const fixes: StepEdit[] = [];
      const kept = new Map<string, ChunkVerdict>();
      const tokenized = new Map<string, Doc>();
      for (const { start, text: chunk } of chunker.chunksOf(view.text)) {
        let verdict = kept.get(chunk) ?? verdicts[c]!.get(chunk) ?? earlier?.[c]!.get(chunk);
        if (!verdict || !verdict.reads.stillHolds(facts)) {
          const doc = docs.get(chunk) ?? tokenized.get(chunk) ?? tokenize(chunk);
          tokenized.set(chunk, doc);
          verdict = judge(check, doc, facts, options);
        } else if (docs.has(chunk)) {
          tokenized.set(chunk, docs.get(chunk)!);
        }
        kept.set(chunk, verdict);
        if (memory) remembered[c]!.set(chunk, verdict);
        for (const fix of verdict.fixes) fixes.push({ ...fix, range: [fix.range[0] + start, fix.range[1] + start] });
        for (const suggestion of verdict.suggestions) {
          const range = view.toDocumentRange([suggestion.range[0] + start, suggestion.range[1] + start]);
          if (!range) continue;
          // Every candidate is carried the same way, so each can be applied to the input on its own.
          const edits = (suggestion.expected.length > 0 ? suggestion.expected : ['']).map((candidate) => map.toInputEdit(range, candidate, text));
          passSuggestions.push({ ...suggestion, range: edits[0]!.range, expected: edits.map((edit) => edit.text) });
        }
      }
      // Within the run, only the verdicts and tokens of the current text are worth keeping.
      verdicts[c] = kept;
      docs = tokenized;
      // The fixes that do not collide, chosen in the view; then carried to the document.
      const chosen = chooseEdits(view.text, fixes).applied;
      if (chosen.length === 0) return;
      const { text: next, applied } = applyEdits(text, view.carry(chosen));
      if (applied.length === 0) return;
      map.record(text, applied);
      text = next;
      shifted = view.after !== undefined;
      view = view.after?.(text, applied) ?? viewOf(text);
      facts = factsOf(view.text);
      changed = true;
    });
    suggestions = passSuggestions;
    if (!changed) break;
    // Back at the input (A→B→A) is seen by comparing with it, which needs no digest of the input.
    if (text.length === input.length && text === input) break;
    const print = fingerprint(text);
    if (seen.has(print)) break;
    seen.add(print);
  }
  if (memory) Object.assign(memory, { checks, verdicts: remembered, parts });
  return report(input, text, map.changes(), suggestions);
}

/** One check over one chunk: its fixes that keep the protected spans, and its suggestions. */
function judge(check: Check, doc: Doc, facts: Facts, options: EngineOptions): ChunkVerdict {
  const chunk = doc.text;
  const reads = new FactReads();
  const fixes: StepEdit[] = [];
  const suggestions: PendingSuggestion[] = [];
  const findings = check(doc, reads.context(facts));
  reads.close();
  for (const finding of findings) {
    const step: ChangeStep = { fixer: finding.fixer, rule: finding.rule, message: finding.message, confidence: finding.confidence };
    if (finding.fix && finding.confidence >= options.fixThreshold) {
      if (respectsProtection(chunk, finding.fix, doc.protectedSpans)) fixes.push({ ...finding.fix, steps: [step] });
    } else if (finding.confidence >= options.suggestThreshold) {
      suggestions.push({ range: finding.range, expected: finding.expected, step });
    }
  }
  return { fixes, suggestions, reads };
}

/** A document's facts for a check run outside the engine (tests, tools): memoised, nothing recorded. */
export function documentContext(text: string): DocContext {
  return new Facts(text);
}
