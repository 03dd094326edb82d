import type { Change } from '../src/core/types.js';

/**
 * The changes and suggestions of one result as the page reviews them: in document order, each with what
 * it may not be applied together with, and how it nests for drawing. Pure: no DOM, tested in Node.
 */
export interface ReviewItem {
  /** The item's place in document order (by start; a longer item before one it contains). */
  readonly id: number;
  readonly kind: 'change' | 'suggestion';
  readonly edit: Change;
  readonly start: number;
  readonly end: number;
  /** `fixer/rule`: what `a` (accept all of a kind) groups by. */
  readonly kindKey: string;
  /** A change that deletes a whole subtitle cue: the cue numbers after it follow from it. */
  readonly removesCue: boolean;
  /**
   * An SRT renumbering and nothing else: it is right only when the cues removed before it are, so it is
   * applied with them and not decided on its own (the count of cue removals before it).
   */
  readonly followsRemovals: number | null;
  /** Changes this suggestion covers whole: its replacement carries their text, so it builds on them. */
  readonly buildsOn: readonly number[];
  /** Items whose edits cannot both be applied: their ranges overlap (a suggestion and what it builds on aside). */
  readonly conflicts: readonly number[];
  /** Drawing: the item this one is drawn inside, the items drawn inside it, or drawn apart (a partial overlap). */
  readonly parent: number | null;
  readonly children: readonly number[];
  readonly detached: boolean;
}

interface Draft {
  kind: ReviewItem['kind'];
  edit: Change;
  start: number;
  end: number;
}

const RENUMBER = 'renumber-cues';
const REMOVED_CUE = 'empty-cue';

export function reviewItems(changes: readonly Change[], suggestions: readonly Change[]): ReviewItem[] {
  const drafts: Draft[] = [
    ...changes.map((edit) => ({ kind: 'change' as const, edit, start: edit.offset, end: edit.offset + edit.length })),
    ...suggestions.map((edit) => ({ kind: 'suggestion' as const, edit, start: edit.offset, end: edit.offset + edit.length })),
  ];
  // Containers first: by start, then the longer, then a suggestion before the change it builds on.
  drafts.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'suggestion' ? -1 : 1));
  const buildsOn = drafts.map(() => [] as number[]);
  const conflicts = drafts.map(() => [] as number[]);
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    for (let j = i + 1; j < drafts.length && startsWithin(drafts[j]!, a); j++) {
      const b = drafts[j]!;
      if (a.kind === 'suggestion' && b.kind === 'change' && b.end <= a.end) buildsOn[i]!.push(j);
      else {
        conflicts[i]!.push(j);
        conflicts[j]!.push(i);
      }
    }
  }
  const nesting = nest(drafts);
  let removals = 0;
  return drafts.map((draft, id) => {
    const steps = draft.edit.steps.length > 0 ? draft.edit.steps : [draft.edit];
    const removesCue = draft.kind === 'change' && steps.some((step) => step.rule === REMOVED_CUE);
    const follows = draft.kind === 'change' && steps.every((step) => step.rule === RENUMBER);
    const item: ReviewItem = {
      id,
      kind: draft.kind,
      edit: draft.edit,
      start: draft.start,
      end: draft.end,
      kindKey: `${draft.edit.fixer}/${draft.edit.rule}`,
      removesCue,
      followsRemovals: follows ? removals : null,
      buildsOn: buildsOn[id]!,
      conflicts: conflicts[id]!.sort((x, y) => x - y),
      ...nesting[id]!,
    };
    if (removesCue) removals++;
    return item;
  });
}

/**
 * `b` (later in order) starts inside `a`, or both insert at one point: they cannot both be applied unless
 * one builds on the other. An edit that starts where `a` ends only touches it, and splices after it.
 */
function startsWithin(b: Draft, a: Draft): boolean {
  return b.start < a.end || (b.start === a.start && (a.start === a.end || b.start === b.end));
}

/** Each item inside the nearest one containing it; one that reaches out of it is drawn apart. */
function nest(drafts: readonly Draft[]): { parent: number | null; children: number[]; detached: boolean }[] {
  const nodes = drafts.map(() => ({ parent: null as number | null, children: [] as number[], detached: false }));
  const open: number[] = [];
  drafts.forEach((draft, id) => {
    while (open.length > 0 && !inside(draft, drafts[open.at(-1)!]!)) open.pop();
    const top = open.at(-1);
    if (top !== undefined && draft.end > drafts[top]!.end) {
      nodes[id]!.detached = true;
      return;
    }
    if (top !== undefined) {
      nodes[id]!.parent = top;
      nodes[top]!.children.push(id);
    }
    open.push(id);
  });
  return nodes;
}

/** Drawn inside: it starts within the other's range (an insertion at its very end is drawn after it). */
function inside(draft: Draft, container: Draft): boolean {
  return container.end > container.start && draft.start >= container.start && draft.start < container.end;
}
