import { clash, covers } from '../src/core/edit-clash.js';
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
  /** Changes this suggestion covers whole: its replacement carries their text, so it builds on them. */
  readonly buildsOn: readonly number[];
  /** Items whose edits cannot both be applied (`clash`: overlapping, or an insertion at the other's edge). */
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

/** SRT cue numbers follow from the cues kept: worked out again for the download (`Review`), not decided. */
const DERIVED_RULES = new Set(['renumber-cues']);

export function reviewItems(changes: readonly Change[], suggestions: readonly Change[]): ReviewItem[] {
  const drafts: Draft[] = [
    ...changes.filter((change) => !DERIVED_RULES.has(change.rule)).map((edit) => ({ kind: 'change' as const, edit, start: edit.offset, end: edit.offset + edit.length })),
    ...suggestions.map((edit) => ({ kind: 'suggestion' as const, edit, start: edit.offset, end: edit.offset + edit.length })),
  ];
  // Containers first: by start, then the longer, then a suggestion before the change it builds on.
  drafts.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'suggestion' ? -1 : 1));
  const buildsOn = drafts.map(() => [] as number[]);
  const conflicts = drafts.map(() => [] as number[]);
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    // Sorted by start: every edit that can clash with `a` starts before it ends, or where it ends.
    for (let j = i + 1; j < drafts.length && drafts[j]!.start <= a.end; j++) {
      const b = drafts[j]!;
      if (a.kind === 'suggestion' && b.kind === 'change' && covers(a.edit, b.edit)) buildsOn[i]!.push(j);
      else if (clash([a.start, a.end], [b.start, b.end])) {
        conflicts[i]!.push(j);
        conflicts[j]!.push(i);
      }
    }
  }
  const nesting = nest(drafts);
  return drafts.map((draft, id) => ({
    id,
    kind: draft.kind,
    edit: draft.edit,
    start: draft.start,
    end: draft.end,
    kindKey: `${draft.edit.fixer}/${draft.edit.rule}`,
    buildsOn: buildsOn[id]!,
    conflicts: conflicts[id]!.sort((x, y) => x - y),
    ...nesting[id]!,
  }));
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
