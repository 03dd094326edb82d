import type { Change } from '../../src/index.js';
import type { GoldClass, GoldEdit } from './corpus.js';

/**
 * Scoring one document: the tool's changes against the gold edits, both placed in the input. Edits that
 * overlap or are separated only by white space form a cluster; a cluster is right when the gold's edits and
 * the tool's give the same text there (white space collapsed), so deleting the first "the" of "the the"
 * scores the same as deleting the second, and removing a looped cue block scores the same whichever blank
 * line goes with it. A right cluster is a true positive for every edit in it; a wrong one a miss for each
 * gold edit and a false positive for each change of the tool.
 */
export interface Tally {
  gold: number;
  found: number;
  changes: number;
  right: number;
}

export type Tallies = Record<GoldClass, Tally>;

export interface Miss {
  readonly class: GoldClass;
  readonly kind: 'missed' | 'wrong' | 'false-positive';
  readonly input: string;
  readonly gold: string;
  readonly tool: string;
  /** Whether the tool suggested something there without changing it. */
  readonly suggested: boolean;
}

export interface DocumentScore {
  readonly tallies: Tallies;
  readonly misses: readonly Miss[];
  readonly keepBroken: readonly string[];
}

/** Changes that are bookkeeping, not an editor's decision: SRT cue numbers after a removed cue. */
const BOOKKEEPING_RULES = new Set(['renumber-cues']);

export function classOf(change: Change): GoldClass {
  switch (change.fixer) {
    case 'repeated-phrase':
      return 'repeat';
    case 'article':
      return 'article';
    case 'spacing':
      return 'spacing';
    default:
      return 'name';
  }
}

export function emptyTallies(): Tallies {
  const tally = (): Tally => ({ gold: 0, found: 0, changes: 0, right: 0 });
  return { repeat: tally(), article: tally(), spacing: tally(), name: tally(), hallucination: tally(), disfluency: tally() };
}

interface Placed {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly class: GoldClass;
  readonly gold: boolean;
}

export function scoreDocument(input: string, output: string, gold: readonly GoldEdit[], changes: readonly Change[], suggestions: readonly Change[], keep: readonly string[]): DocumentScore {
  const placed: Placed[] = [
    ...gold.map((edit) => ({ start: edit.range[0], end: edit.range[1], text: edit.text, class: edit.class, gold: true })),
    ...changes
      .filter((change) => !BOOKKEEPING_RULES.has(change.rule))
      .map((change) => ({ start: change.offset, end: change.offset + change.length, text: change.replacement, class: classOf(change), gold: false })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const tallies = emptyTallies();
  const misses: Miss[] = [];
  for (const cluster of clusters(input, placed)) {
    const start = cluster[0]!.start;
    const end = Math.max(...cluster.map((edit) => edit.end));
    const goldEdits = cluster.filter((edit) => edit.gold);
    const toolEdits = cluster.filter((edit) => !edit.gold);
    const goldText = applyWithin(input, start, end, goldEdits);
    const toolText = applyWithin(input, start, end, toolEdits);
    // Optional edits (a speaker's own repetition) may each be made or not.
    const required = goldEdits.filter((edit) => edit.class !== 'disfluency');
    // Each subset of them is a reading; past six in one cluster the rest count as made.
    const optional = goldEdits.filter((edit) => edit.class === 'disfluency').slice(0, 6);
    required.push(...goldEdits.filter((edit) => edit.class === 'disfluency').slice(6));
    const readings = Array.from({ length: 1 << optional.length }, (_, mask) => [...required, ...optional.filter((_, bit) => mask & (1 << bit))].sort((a, b) => a.start - b.start));
    const right = goldEdits.length > 0 && toolEdits.length > 0 && readings.some((edits) => collapse(applyWithin(input, start, end, edits)) === collapse(toolText));
    // A speaker's own repetition may go or stay: removing it counts on the disfluency row, keeping it
    // counts for nothing, and only a change that gives neither the gold's text nor the input's is wrong.
    const optionalOnly = goldEdits.length > 0 && goldEdits.every((edit) => edit.class === 'disfluency');
    for (const edit of goldEdits) {
      tallies[edit.class].gold++;
      if (right) tallies[edit.class].found++;
    }
    if (optionalOnly && toolEdits.length === 0) continue;
    for (const edit of toolEdits) {
      const cls = optionalOnly && right ? 'disfluency' : edit.class;
      tallies[cls].changes++;
      if (right) tallies[cls].right++;
    }
    if (right) continue;
    const main = goldEdits[0] ?? toolEdits[0]!;
    const suggested = suggestions.some((s) => s.offset < end && s.offset + s.length > start);
    const kind = toolEdits.length === 0 ? 'missed' : goldEdits.length === 0 ? 'false-positive' : 'wrong';
    const context = (text: string): string => `${input.slice(Math.max(0, start - 40), start)}${text}${input.slice(end, end + 40)}`;
    misses.push({ class: main.class, kind, input: context(input.slice(start, end)), gold: context(goldText), tool: context(toolText), suggested });
  }
  // A keep phrase must occur as often as in the gold's text (a loop of it removed by the gold may go).
  const goldOutput = applyWithin(input, 0, input.length, placed.filter((edit) => edit.gold));
  const occurrences = (text: string, phrase: string): number => text.split(phrase).length - 1;
  const keepBroken = keep.filter((phrase) => occurrences(output, phrase) < occurrences(goldOutput, phrase));
  return { tallies, misses, keepBroken };
}

function clusters(input: string, placed: readonly Placed[]): Placed[][] {
  const result: Placed[][] = [];
  let end = -1;
  for (const edit of placed) {
    const joins = result.length > 0 && (edit.start <= end || input.slice(end, edit.start).trim() === '');
    if (joins) result.at(-1)!.push(edit);
    else result.push([edit]);
    end = Math.max(joins ? end : 0, edit.end);
  }
  return result;
}

function applyWithin(input: string, start: number, end: number, edits: readonly Placed[]): string {
  let text = '';
  let at = start;
  for (const edit of edits) {
    if (edit.start < at) continue;
    text += input.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return text + input.slice(at, end);
}

/** White space collapsed, and SRT cue numbers left out: renumbering after a removed cue is bookkeeping. */
const collapse = (text: string): string =>
  text
    .replace(/(^|\n)\d+\r?\n(?=[^\n]*-->)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
