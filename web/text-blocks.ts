/**
 * The text in blocks of a few thousand characters, each ending after a line break, that the browser lays
 * out only when they come into view (content-visibility: auto): a 1 MB article is drawn in tens of
 * milliseconds, not a second. An item never spans two blocks.
 */
export class Blocks {
  readonly done: HTMLElement[] = [];
  private open: HTMLElement | null = null;
  private size = 0;

  text(text: string): void {
    const lineEnd = this.open && this.size + text.length >= BLOCK_SIZE ? text.lastIndexOf('\n') : -1;
    if (lineEnd === -1) return this.add(text, text.length);
    this.add(text.slice(0, lineEnd + 1), lineEnd + 1);
    this.open = null;
    this.add(text.slice(lineEnd + 1), text.length - lineEnd - 1);
  }

  item(element: HTMLElement, length: number): void {
    this.add(element, length);
  }

  private add(part: string | HTMLElement, length: number): void {
    if (part === '') return;
    if (!this.open) {
      this.open = document.createElement('div');
      this.done.push(this.open);
      this.size = 0;
    }
    this.open.append(part);
    this.size += length;
  }
}

const BLOCK_SIZE = 4000;
