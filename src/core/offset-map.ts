import { ownCopy } from './chars.js';
import type { ChangeStep, Edit, Range } from './types.js';
import { partitionPoint } from './search.js';

/** A change in the coordinates of the original input. */
export interface InputChange {
  readonly range: Range;
  readonly replacement: string;
  readonly steps: readonly ChangeStep[];
}

/** An edit and the reasons for it (one step from a fixer; several once a change of a document is re-cleaned). */
export interface StepEdit extends Edit {
  readonly steps: readonly ChangeStep[];
}

/** A recorded change as an edit of the input, to apply it or to record it in another map. */
export function toStepEdit(change: InputChange): StepEdit {
  return { range: change.range, text: change.replacement, steps: change.steps };
}

/**
 * Keeps every change made so far in the coordinates of the original input, whatever pass made it, so that
 * applying the changes to the input gives the current text. An edit that overlaps or touches an earlier
 * change's text is merged with it ("a Al" → "a El" → "an El" is one change of two steps), so changes never
 * overlap or touch in the input; a merge that gives back the input's own text disappears (A→B→A).
 */
export class OffsetMap {
  private changeList: InputChange[] = [];
  /** `shifts[i]`: how far change i's start has moved in the current text (sum of earlier length deltas). */
  private shifts: number[] = [];

  constructor(private readonly input: string) {}

  /**
   * Record a batch of edits, sorted and pairwise neither overlapping nor touching (as `applyEdits`
   * returns them), that turned `before`, the current text, into the next one.
   */
  record(before: string, edits: readonly StepEdit[]): void {
    if (edits.length === 0) return;
    const created: InputChange[] = [];
    const absorbed = new Set<number>();
    for (const region of this.regionsOf(edits)) {
      const steps: ChangeStep[] = [];
      for (const i of region.absorbs) {
        absorbed.add(i);
        steps.push(...this.changeList[i]!.steps);
      }
      for (const edit of region.edits) steps.push(...edit.steps);
      const range: Range = [this.toInput(region.start, 'start'), this.toInput(region.end, 'end')];
      const replacement = ownCopy(applySorted(before, region.start, region.end, region.edits));
      if (replacement !== this.input.slice(range[0], range[1])) created.push({ range, replacement, steps });
    }
    const kept = this.changeList.filter((_, i) => !absorbed.has(i));
    this.changeList = [...kept, ...created].sort((a, b) => a.range[0] - b.range[0]);
    this.shifts = [];
    let shift = 0;
    for (const change of this.changeList) {
      this.shifts.push(shift);
      shift += change.replacement.length - (change.range[1] - change.range[0]);
    }
  }

  /** Map a range of the current text to the input, widened over any change it reaches into. */
  toInputRange(range: Range): Range {
    return [this.toInput(range[0], 'start'), this.toInput(range[1], 'end')];
  }

  /**
   * The same, but a deletion at either edge stays outside: a suggestion about the current text's "Bukle"
   * (its earlier copy deleted just before it) is about the input's "Bukle", not about the deleted copy too,
   * so it can be applied to the input on its own. Changes inside the range still widen it.
   */
  toInputRangeWithin(range: Range): Range {
    const start = this.toInput(range[0], 'start', true);
    const end = this.toInput(range[1], 'end', true);
    return start <= end ? [start, end] : this.toInputRange(range);
  }

  /**
   * A suggestion about `range` of the current text (`current`), replacing it with `text`, as an edit of
   * the input that stands on its own: where the range reaches into an earlier change, the edit covers that
   * change whole, and the replacement carries the change's current text around the suggestion's, so
   * applying it alone loses nothing ("Al Salvador Salvador" → "El Salvador", not → "Salvador").
   */
  toInputEdit(range: Range, text: string, current: string): { readonly range: Range; readonly text: string } {
    const input = this.toInputRangeWithin(range);
    const start = this.toCurrent(input[0]);
    const end = this.toCurrent(input[1]);
    if (start > range[0] || end < range[1]) return { range: input, text };
    return { range: input, text: ownCopy(current.slice(start, range[0]) + text + current.slice(range[1], end)) };
  }

  /** Current offset of input offset `at`, which lies outside every change (or on its edge). */
  private toCurrent(at: number): number {
    const i = partitionPoint(this.changeList.length, (k) => this.changeList[k]!.range[1] <= at) - 1;
    if (i < 0) return at;
    const change = this.changeList[i]!;
    return at + this.shifts[i]! + change.replacement.length - (change.range[1] - change.range[0]);
  }

  /** The changes so far, in input order. */
  changes(): readonly InputChange[] {
    return this.changeList;
  }

  private currentStart(i: number): number {
    return this.changeList[i]!.range[0] + this.shifts[i]!;
  }

  private currentEnd(i: number): number {
    return this.currentStart(i) + this.changeList[i]!.replacement.length;
  }

  /** Index of the last change starting at or before current offset `at`, or -1. */
  private lastStartingBy(at: number): number {
    return partitionPoint(this.changeList.length, (k) => this.currentStart(k) <= at) - 1;
  }

  /**
   * Input offset of current offset `at`. Inside a change (or at a deletion, which is zero-length in the
   * current text) there is no single answer: a range's start takes the change's start, its end the end.
   */
  private toInput(at: number, side: 'start' | 'end', outsideDeletions = false): number {
    const i = this.lastStartingBy(at);
    if (i < 0) return at;
    const change = this.changeList[i]!;
    const start = this.currentStart(i);
    const end = this.currentEnd(i);
    if (outsideDeletions && at === start && at === end) return side === 'start' ? change.range[1] : change.range[0];
    if (at === start && (at < end || side === 'start')) return change.range[0];
    if (at <= end) return side === 'start' && at < end ? change.range[0] : change.range[1];
    return at - this.shifts[i]! - (change.replacement.length - (change.range[1] - change.range[0]));
  }

  /** Group the edits into regions: each edit widened over the changes it overlaps or touches, then merged. */
  private regionsOf(edits: readonly StepEdit[]): Region[] {
    const regions: Region[] = [];
    for (const edit of edits) {
      let [start, end] = edit.range;
      const absorbs: number[] = [];
      // A change that touches the edit starts at most at its end; walk back while changes still reach it.
      for (let i = this.lastStartingBy(end); i >= 0 && this.currentEnd(i) >= edit.range[0]; i--) {
        absorbs.unshift(i);
        start = Math.min(start, this.currentStart(i));
        end = Math.max(end, this.currentEnd(i));
      }
      const previous = regions.at(-1);
      if (previous && start <= previous.end) {
        previous.end = Math.max(previous.end, end);
        previous.edits.push(edit);
        for (const i of absorbs) if (!previous.absorbs.includes(i)) previous.absorbs.push(i);
      } else {
        regions.push({ start, end, absorbs, edits: [edit] });
      }
    }
    return regions;
  }
}

interface Region {
  start: number;
  end: number;
  /** Indexes of earlier changes this region rewrites. */
  absorbs: number[];
  edits: StepEdit[];
}

/** `before.slice(start, end)` with the region's sorted, non-overlapping edits applied. */
export function applySorted(before: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let at = start;
  for (const edit of edits) {
    out += before.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out + before.slice(at, end);
}
