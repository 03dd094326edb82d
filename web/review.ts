import { renumberCues } from '../src/cli/review/cue-numbers.js';
import { applySorted } from '../src/core/offset-map.js';
import type { Change, Edit } from '../src/core/types.js';
import type { Syntax } from '../src/formats/index.js';
import type { ReviewItem } from './review-items.js';

export type Decision = 'accepted' | 'rejected';

/** How many of one fixer's changes and suggestions there are, and how many of each are applied. */
export interface FixerCount {
  readonly fixer: string;
  changes: number;
  changesApplied: number;
  suggestions: number;
  suggestionsApplied: number;
}

/**
 * The editor's decisions over one result. Changes are applied until rejected, suggestions only once
 * accepted; an edit is never applied together with one it clashes with, and the text to download is the
 * input with the applied edits spliced in (SRT cues then numbered from those kept, as `-i` does): what the
 * CLI writes when every change is applied. Any item can be decided again, in any order. Pure, tested in Node.
 */
export class Review {
  private readonly decisions: (Decision | null)[];
  /** For each change, the suggestions built on it. */
  private readonly builtInto = new Map<number, number[]>();

  constructor(
    readonly input: string,
    readonly items: readonly ReviewItem[],
    private readonly syntax: Syntax = 'text',
  ) {
    this.decisions = items.map(() => null);
    for (const item of items) for (const inner of item.buildsOn) this.builtInto.set(inner, [...(this.builtInto.get(inner) ?? []), item.id]);
  }

  decision(id: number): Decision | null {
    return this.decisions[id]!;
  }

  /** Whether the item's edit is in the text to download. */
  applied(id: number): boolean {
    const item = this.items[id]!;
    const decision = this.decisions[id];
    return decision ? decision === 'accepted' : item.kind === 'change';
  }

  /** Apply the item's edit: null when done, else why it cannot be (nothing changes then). */
  accept(id: number): string | null {
    const item = this.items[id]!;
    const applied = item.conflicts.find((other) => this.applied(other));
    if (applied !== undefined) return `it overlaps ${nameOf(this.items[applied]!)}, which is applied: reject that first`;
    const rejected = item.buildsOn.find((change) => !this.applied(change));
    if (rejected !== undefined) return `it includes ${nameOf(this.items[rejected]!)}, which is rejected: accept that first`;
    this.decisions[id] = 'accepted';
    return null;
  }

  /** Leave the item's edit out: null when done, else why it cannot be. */
  reject(id: number): string | null {
    const container = this.builtInto.get(id)?.find((other) => this.applied(other));
    if (container !== undefined) return `${nameOf(this.items[container]!)} includes it and is applied: reject that first`;
    this.decisions[id] = 'rejected';
    return null;
  }

  /** Accept every item of a kind (`fixer/rule`) that can be: how many now are, and how many could not be. */
  acceptKind(kindKey: string): { readonly done: number; readonly refused: number } {
    return this.decideKind(kindKey, (id) => this.accept(id));
  }

  rejectKind(kindKey: string): { readonly done: number; readonly refused: number } {
    return this.decideKind(kindKey, (id) => this.reject(id));
  }

  /** The edits to splice into the input, in order; a change a suggestion built on goes in with it. */
  edits(): Change[] {
    const covered = new Set<number>();
    for (const item of this.items) if (this.applied(item.id)) for (const inner of item.buildsOn) covered.add(inner);
    return this.items.filter((item) => this.applied(item.id) && !covered.has(item.id)).map((item) => item.edit);
  }

  /** The input with the applied edits: the file to download. */
  output(): string {
    // In order and never clashing: decisions that would clash are refused.
    const edits = this.edits().map((change): Edit => ({ range: [change.offset, change.offset + change.length], text: change.replacement }));
    const spliced = applySorted(this.input, 0, this.input.length, edits);
    return this.syntax === 'srt' ? renumberCues(this.input, spliced) : spliced;
  }

  countsByFixer(): FixerCount[] {
    const counts = new Map<string, FixerCount>();
    for (const item of this.items) {
      const fixer = item.edit.fixer;
      let count = counts.get(fixer);
      if (!count) counts.set(fixer, (count = { fixer, changes: 0, changesApplied: 0, suggestions: 0, suggestionsApplied: 0 }));
      const applied = this.applied(item.id) ? 1 : 0;
      if (item.kind === 'change') {
        count.changes++;
        count.changesApplied += applied;
      } else {
        count.suggestions++;
        count.suggestionsApplied += applied;
      }
    }
    return [...counts.values()];
  }

  private decideKind(kindKey: string, decide: (id: number) => string | null): { done: number; refused: number } {
    let done = 0;
    let refused = 0;
    for (const item of this.items) {
      if (item.kindKey !== kindKey) continue;
      if (decide(item.id) === null) done++;
      else refused++;
    }
    return { done, refused };
  }
}

/** The item as a person names it: `suggestion “Bukle -the” → “Bukele – the”`. */
export function nameOf(item: ReviewItem): string {
  return `the ${item.kind} ${quoted(item.edit.original)} → ${quoted(item.edit.replacement)}`;
}

/** A piece of text in a message or a label: quoted, on one line, at most 60 characters; "nothing" if empty. */
export function quoted(text: string): string {
  if (text === '') return 'nothing';
  const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${shown.replace(/\s+/g, ' ')}”`;
}
