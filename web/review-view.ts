import type { ReviewItem } from './review-items.js';
import { quoted, type Review } from './review.js';
import { Blocks } from './text-blocks.js';

/**
 * The text with every change and suggestion in place: an applied edit as a `<del>` of the old text and an
 * `<ins>` of the new, one not applied as its text underlined. Each item is one element that lives as long
 * as the result (its content is redrawn when its state changes), so focus stays on it; one item at a time
 * is in the tab order (a roving tabindex) and j/k move between them.
 */
export class ReviewView {
  private review: Review | null = null;
  private elements: HTMLElement[] = [];
  private current = -1;

  constructor(
    private readonly root: HTMLElement,
    private readonly tip: HTMLElement,
  ) {
    root.addEventListener('focusin', (event) => this.pointAt(event.target, true));
    root.addEventListener('mouseover', (event) => this.pointAt(event.target, false));
    root.addEventListener('mouseleave', () => this.showTip(this.focusedItem()));
    root.addEventListener('focusout', () => queueMicrotask(() => this.showTip(this.focusedItem())));
  }

  show(review: Review): void {
    this.review = review;
    this.elements = review.items.map((item) => this.itemElement(item));
    const blocks = new Blocks();
    let copied = 0;
    for (const item of review.items) {
      if (item.parent !== null) continue;
      if (!item.detached) {
        blocks.text(review.input.slice(copied, item.start));
        copied = item.end;
      }
      blocks.item(this.elements[item.id]!, item.end - item.start);
    }
    blocks.text(review.input.slice(copied));
    for (const item of review.items) if (item.parent === null) this.draw(item.id);
    this.root.replaceChildren(...blocks.done);
    this.tip.hidden = true;
    this.current = -1;
    this.setCurrent(this.visible().at(0) ?? -1);
  }

  /** The item j/k, y/n act on: the one focused, else the one last focused. */
  currentItem(): ReviewItem | null {
    return this.current >= 0 ? this.review!.items[this.current]! : null;
  }

  /** Redraw an item after its decision changed (an applied suggestion hides the changes inside it). */
  redraw(id: number): void {
    this.draw(id);
    if (this.focusedItem()?.id === id) this.showTip(this.review!.items[id]!);
  }

  /** Focus the next (1) or previous (-1) item on show, or the current one if focus is elsewhere; false at either end. */
  move(step: 1 | -1): boolean {
    const shown = this.visible();
    const away = this.focusedItem() === null && shown.includes(this.current);
    const next = away ? this.current : step === 1 ? shown.find((id) => id > this.current) : shown.findLast((id) => id < this.current);
    if (next === undefined) return false;
    this.setCurrent(next);
    this.elements[next]!.focus();
    this.elements[next]!.scrollIntoView({ block: 'nearest' });
    return true;
  }

  private visible(): number[] {
    return this.review ? this.review.items.filter((item) => this.onShow(item.id)).map((item) => item.id) : [];
  }

  /** Not inside an applied suggestion, which draws its own old and new text instead. */
  private onShow(id: number): boolean {
    for (let parent = this.review!.items[id]!.parent; parent !== null; parent = this.review!.items[parent]!.parent) {
      if (this.review!.applied(parent)) return false;
    }
    return true;
  }

  private setCurrent(id: number): void {
    this.elements[this.current]?.setAttribute('tabindex', '-1');
    this.current = id;
    this.elements[id]?.setAttribute('tabindex', '0');
  }

  private itemElement(item: ReviewItem): HTMLElement {
    const element = document.createElement('span');
    element.dataset['id'] = String(item.id);
    element.tabIndex = -1;
    element.setAttribute('role', 'group');
    element.setAttribute('aria-roledescription', item.kind);
    element.setAttribute('aria-describedby', this.tip.id);
    return element;
  }

  private draw(id: number): void {
    const review = this.review!;
    const item = review.items[id]!;
    const element = this.elements[id]!;
    const applied = review.applied(id);
    const state = applied ? 'applied' : review.decision(id) === 'rejected' ? 'rejected' : 'pending';
    element.className = ['item', item.kind, state, item.detached ? 'detached' : ''].join(' ').trim();
    element.dataset['state'] = state;
    const { original, replacement } = item.edit;
    element.setAttribute('aria-label', `${item.kind}, ${state}: ${quoted(original)} to ${quoted(replacement)}`);
    if (applied || item.detached) {
      const parts: HTMLElement[] = [];
      if (original) parts.push(textElement('del', original));
      if (replacement) parts.push(textElement('ins', replacement));
      element.replaceChildren(...parts);
      return;
    }
    const parts: (Node | string)[] = [];
    let copied = item.start;
    for (const child of item.children) {
      const inner = review.items[child]!;
      parts.push(review.input.slice(copied, inner.start), this.elements[child]!);
      copied = inner.end;
      this.draw(child);
    }
    parts.push(review.input.slice(copied, item.end));
    element.replaceChildren(...parts.filter((part) => part !== ''));
  }

  private pointAt(target: EventTarget | null, focused: boolean): void {
    const element = target instanceof Element ? target.closest<HTMLElement>('.item') : null;
    if (!element || !this.review) return;
    const id = Number(element.dataset['id']);
    if (focused) this.setCurrent(id);
    this.showTip(this.review.items[id]!, element);
  }

  private focusedItem(): ReviewItem | null {
    const element = document.activeElement?.closest<HTMLElement>('.item');
    return element && this.root.contains(element) ? this.review!.items[Number(element.dataset['id'])]! : null;
  }

  /** The tooltip: fixer, rule, reason and confidence of the item pointed at or focused. */
  private showTip(item: ReviewItem | null, element = item ? this.elements[item.id] : undefined): void {
    if (!item || !element || !this.review) {
      this.tip.hidden = true;
      return;
    }
    const state = this.review.applied(item.id) ? 'applied' : this.review.decision(item.id) === 'rejected' ? 'rejected' : 'not applied';
    const steps = item.edit.steps.length > 0 ? item.edit.steps : [item.edit];
    this.tip.replaceChildren(
      textElement('p', `${item.kind === 'change' ? 'Change' : 'Suggestion'}, ${state}: ${quoted(item.edit.original)} → ${quoted(item.edit.replacement)}`, 'tip-head'),
      ...steps.map((step) => {
        const line = textElement('p', '', 'tip-step');
        line.append(textElement('strong', `${step.fixer}/${step.rule}`), ` ${step.message} `, textElement('span', `confidence ${step.confidence.toFixed(2)}`, 'confidence'));
        return line;
      }),
      textElement('p', `y accept · n reject · a accept all ${item.kindKey}`, 'tip-keys'),
    );
    this.tip.hidden = false;
    // Below the item, inside the text's column.
    const box = element.getBoundingClientRect();
    const column = this.root.getBoundingClientRect();
    this.tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    this.tip.style.left = `${window.scrollX + Math.max(column.left, Math.min(box.left, column.right - this.tip.offsetWidth))}px`;
  }
}

function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
