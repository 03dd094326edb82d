import { clash, covers } from '../../core/edit-clash.js';
import { applySorted } from '../../core/offset-map.js';
import type { Change, Edit, Range, Result } from '../../core/types.js';
import type { GlossaryAddition } from '../../glossary/edit.js';

/** One thing to decide on: a change the engine made, or a suggestion it only offered. */
export interface ReviewItem {
  readonly change: Change;
  readonly kind: 'change' | 'suggestion';
}

/** An addition to a glossary file, made when the file under review is written. */
export interface PendingAddition {
  readonly glossary: string;
  readonly addition: GlossaryAddition;
}

export type Decision =
  | { readonly verdict: 'accept'; readonly replacement: string; readonly addition?: PendingAddition }
  | { readonly verdict: 'reject' }
  /** Kept as written for good: with ` [sic]` written after it, or with the spelling kept in a glossary. */
  | { readonly verdict: 'keep'; readonly sic: boolean; readonly addition?: PendingAddition };

export interface Tally {
  readonly accepted: number;
  readonly rejected: number;
  readonly kept: number;
}

/** SRT cue numbers follow from the cues left: the run renumbers them after the edits, they are not asked about. */
const DERIVED_RULES = new Set(['renumber-cues']);

/**
 * The review of one file: its changes and suggestions in reading order, the decision on each, and undo.
 * Decisions are taken as actions (one key, or A/N for many), undone one action at a time. The item to
 * decide is always the first undecided one that can still be applied: a suggestion that overlaps an
 * accepted edit (or touches it, where either is an insertion) is passed over. One that covers changes (its replacement carries their text)
 * is offered only once each was accepted as it was, and accepting it supersedes them.
 */
export class Review {
  readonly items: readonly ReviewItem[];
  private readonly decisions: (Decision | undefined)[];
  private readonly actions: number[][] = [];

  constructor(readonly result: Result) {
    const items: ReviewItem[] = [
      ...result.changes.filter((change) => !DERIVED_RULES.has(change.rule)).map((change) => ({ change, kind: 'change' as const })),
      ...result.suggestions.map((change) => ({ change, kind: 'suggestion' as const })),
    ];
    // By where they end: a suggestion comes after the changes it covers. Changes first on a tie.
    items.sort((a, b) => end(a) - end(b) || a.change.offset - b.change.offset || (a.kind === b.kind ? 0 : a.kind === 'change' ? -1 : 1));
    this.items = items;
    this.decisions = items.map(() => undefined);
  }

  /** The index of the item to decide now, or null when the file is done. */
  current(): number | null {
    for (let i = 0; i < this.items.length; i++) if (this.decisions[i] === undefined && this.offerable(i)) return i;
    return null;
  }

  /** Decide the current item. */
  decide(decision: Decision): void {
    const index = this.current();
    if (index === null) throw new Error('nothing left to decide');
    this.decisions[index] = decision;
    this.actions.push([index]);
  }

  /**
   * A or N: the current item and every later one of its kind (change or suggestion, fixer and rule) still
   * to decide, in order; one action for undo. Returns how many were decided.
   */
  decideAllOfKind(verdict: 'accept' | 'reject'): number {
    const first = this.current();
    if (first === null) return 0;
    const kind = kindOf(this.items[first]!);
    const decided: number[] = [];
    for (let i = first; i < this.items.length; i++) {
      if (this.decisions[i] !== undefined || kindOf(this.items[i]!) !== kind || !this.offerable(i)) continue;
      this.decisions[i] = verdict === 'accept' ? { verdict, replacement: this.items[i]!.change.replacement } : { verdict };
      decided.push(i);
    }
    this.actions.push(decided);
    return decided.length;
  }

  /** Take back the last action; returns the items it had decided (none: nothing to undo). */
  undo(): number[] {
    const last = this.actions.pop() ?? [];
    for (const index of last) this.decisions[index] = undefined;
    return last;
  }

  /** The file with the accepted edits, and ` [sic]` after what was kept so. */
  output(): string {
    const edits = this.edits().sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    edits.forEach((edit, k) => {
      if (k > 0 && clash(edits[k - 1]!.range, edit.range)) throw new Error('review edits overlap');
    });
    return applySorted(this.result.input, 0, this.result.input.length, edits);
  }

  tally(): Tally {
    const count = (verdict: Decision['verdict']): number => this.decisions.filter((decision) => decision?.verdict === verdict).length;
    return { accepted: count('accept'), rejected: count('reject'), kept: count('keep') };
  }

  additions(): PendingAddition[] {
    return this.decisions.flatMap((decision) => (decision && 'addition' in decision && decision.addition ? [decision.addition] : []));
  }

  private edits(): Edit[] {
    const edits: Edit[] = [];
    const superseded = new Set<number>();
    this.items.forEach((item, i) => {
      if (this.decisions[i]?.verdict === 'accept' && item.kind === 'suggestion') for (const covered of this.coveredBy(i)) superseded.add(covered);
    });
    this.items.forEach(({ change }, i) => {
      const decision = this.decisions[i];
      const range = decision && editedRange(change, decision);
      if (!range || superseded.has(i)) return;
      edits.push({ range, text: decision.verdict === 'accept' ? decision.replacement : ' [sic]' });
    });
    return edits;
  }

  /** Whether item `i` can be applied beside what is accepted so far. */
  private offerable(i: number): boolean {
    const covered = new Set(this.coveredBy(i));
    for (const j of covered) if (!this.acceptedAsItWas(j)) return false;
    for (let j = 0; j < this.items.length; j++) {
      const decision = this.decisions[j];
      const range = j === i || covered.has(j) || decision === undefined ? null : editedRange(this.items[j]!.change, decision);
      if (range && clash([this.items[i]!.change.offset, end(this.items[i]!)], range)) return false;
    }
    return true;
  }

  private acceptedAsItWas(j: number): boolean {
    const decision = this.decisions[j];
    return decision?.verdict === 'accept' && decision.replacement === this.items[j]!.change.replacement;
  }

  /** The changes a suggestion covers whole (its replacement carries their text). */
  private coveredBy(i: number): number[] {
    const item = this.items[i]!;
    if (item.kind !== 'suggestion') return [];
    const covered: number[] = [];
    this.items.forEach((other, j) => {
      if (other.kind === 'change' && covers(item.change, other.change)) covered.push(j);
    });
    return covered;
  }
}

function end(item: Pick<ReviewItem, 'change'>): number {
  return item.change.offset + item.change.length;
}

function kindOf(item: ReviewItem): string {
  return `${item.kind} ${item.change.fixer}/${item.change.rule}`;
}

/** Where ` [sic]` goes: after the text a change would have altered, before any space it ends with. */
export function sicAt(change: Change): number {
  return change.offset + change.original.trimEnd().length;
}

/** The range a decision edits in the input: the change's for an accept, the point of ` [sic]` for one. */
function editedRange(change: Change, decision: Decision): Range | null {
  if (decision.verdict === 'accept') return [change.offset, change.offset + change.length];
  return decision.verdict === 'keep' && decision.sic ? [sicAt(change), sicAt(change)] : null;
}
