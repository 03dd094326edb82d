import { applySorted, type StepEdit } from '../core/offset-map.js';
import { partitionPoint } from '../core/search.js';
import type { Range } from '../core/types.js';

/**
 * The edits of a Markdown document that keep its structure: each inside one prose block (a paragraph, a
 * heading, a table cell: never across the line between two, never in the markers around them), and each
 * block, once edited, of the shape it had — an edit that makes an image, a link or emphasis of text, or
 * ends a heading, is dropped. Where the block's edits together change its shape, each is tried alone and
 * those that keep it stay, if together they still do; otherwise the block keeps none.
 */
export function keepStructure(text: string, blocks: readonly Range[], shapeOf: (markdown: string) => string, edits: readonly StepEdit[]): StepEdit[] {
  const byBlock = new Map<number, StepEdit[]>();
  for (const edit of edits) {
    const b = partitionPoint(blocks.length, (k) => blocks[k]![1] < edit.range[1]);
    const block = blocks[b];
    if (!block || block[0] > edit.range[0]) continue;
    const inBlock = byBlock.get(b);
    if (inBlock) inBlock.push(edit);
    else byBlock.set(b, [edit]);
  }
  const kept: StepEdit[] = [];
  for (const [b, inBlock] of byBlock) {
    const [start, end] = blocks[b]!;
    const before = shapeOf(text.slice(start, end));
    const keeps = (chosen: readonly StepEdit[]): boolean => shapeOf(applySorted(text, start, end, chosen)) === before;
    if (keeps(inBlock)) kept.push(...inBlock);
    else {
      const alone = inBlock.filter((edit) => keeps([edit]));
      if (alone.length > 0 && keeps(alone)) kept.push(...alone);
    }
  }
  return kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}
