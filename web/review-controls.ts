import { nameOf, type Review } from './review.js';
import type { ReviewView } from './review-view.js';

export type Action = 'next' | 'previous' | 'accept' | 'reject' | 'accept-kind' | 'reject-kind';

/** The keys of the review, as in a mail reader: j/k move, y/n decide, a/r decide for a whole kind. */
export const KEYS: Readonly<Record<string, Action>> = { j: 'next', k: 'previous', y: 'accept', n: 'reject', a: 'accept-kind', r: 'reject-kind' };

/**
 * What the keys and the panel's buttons do to the review: each decision is redrawn, counted and announced
 * (a refusal too, with the reason), through `changed` and `announce`.
 */
export class ReviewControls {
  private review: Review | null = null;

  constructor(
    private readonly view: ReviewView,
    private readonly announce: (message: string) => void,
    private readonly changed: () => void,
  ) {}

  setReview(review: Review | null): void {
    this.review = review;
  }

  /** Keys anywhere on the page but where text is typed; false when the key is not the review's. */
  onKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return false;
    const action = KEYS[event.key];
    if (!action) return false;
    this.act(action);
    return true;
  }

  act(action: Action): void {
    const review = this.review;
    if (!review || review.items.length === 0) return this.announce('Nothing to review.');
    if (action === 'next' || action === 'previous') {
      if (!this.view.move(action === 'next' ? 1 : -1)) this.announce(action === 'next' ? 'That was the last one.' : 'That was the first one.');
      return;
    }
    const item = this.view.currentItem();
    if (!item) return this.announce('Press j to go to the first change.');
    if (action === 'accept-kind' || action === 'reject-kind') {
      const accept = action === 'accept-kind';
      const { done, refused } = accept ? review.acceptKind(item.kindKey) : review.rejectKind(item.kindKey);
      this.redrawAll();
      const left = refused > 0 ? `; ${refused} could not be, as they overlap or build on edits decided otherwise` : '';
      return this.announce(`${accept ? 'Accepted' : 'Rejected'} ${done} of kind ${item.kindKey}${left}.`);
    }
    const accept = action === 'accept';
    const refusal = accept ? review.accept(item.id) : review.reject(item.id);
    if (refusal) return this.announce(`Cannot ${accept ? 'accept' : 'reject'} ${nameOf(item)}: ${refusal}.`);
    this.view.redraw(item.id);
    this.changed();
    this.announce(`${accept ? 'Accepted' : 'Rejected'} ${nameOf(item)}.`);
  }

  private redrawAll(): void {
    for (const item of this.review!.items) if (item.parent === null) this.view.redraw(item.id);
    this.changed();
  }
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));
}
