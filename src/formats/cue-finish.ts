import type { ChangeStep } from '../core/types.js';
import { cueAfter, tidyCue } from './cue-lines.js';
import { CUE_MARKUP } from './cue-view.js';
import type { Block, CueSyntax } from './subtitles.js';
import type { OriginalEdit } from './view.js';

/** Why a cue (or a console line) went: its text was all repeat. */
const EMPTY_CUE: ChangeStep = {
  fixer: 'repeated-phrase',
  rule: 'empty-cue',
  message: 'the cue held nothing but the repeat: removed',
  confidence: 0.95,
};
const EMPTY_LINE: ChangeStep = { ...EMPTY_CUE, rule: 'empty-line', message: 'the line held nothing but the repeat: removed' };
const RENUMBER: ChangeStep = {
  fixer: 'repeated-phrase',
  rule: 'renumber-cues',
  message: 'cues renumbered after a removed cue',
  confidence: 0.95,
};

/**
 * Drop the cues the edits leave without text (the block goes whole: index, timing, text), put right the
 * lines of the others (cue-lines.ts), and renumber the SRT cues after a removed one, so the file still parses.
 */
export function finishCues(text: string, blocks: readonly Block[], edits: readonly OriginalEdit[], syntax: CueSyntax): OriginalEdit[] {
  // Edits and blocks are both in file order: one sweep hands each block the edits inside it.
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const byBlock = new Map<Block, OriginalEdit[]>();
  let next = 0;
  for (const block of blocks) {
    const own: OriginalEdit[] = [];
    while (next < sorted.length && sorted[next]!.range[0] < block.range[1]) own.push(sorted[next++]!);
    byBlock.set(block, own);
  }
  const emptied = new Set<Block>();
  for (const block of blocks) {
    const cue = block.cue;
    const own = byBlock.get(block)!;
    if (!cue || cue.text[1] <= cue.text[0] || own.length === 0) continue;
    const after = cueAfter(text, cue.text, own);
    if (after.text.replace(CUE_MARKUP, '').trim() === '') emptied.add(block);
    else if (after.untidy) byBlock.set(block, [tidyCue(text, cue.text, after, own, dedupeSteps)]);
  }
  if (emptied.size === 0) return blocks.flatMap((block) => byBlock.get(block)!);
  const result: OriginalEdit[] = blocks.filter((block) => !emptied.has(block)).flatMap((block) => byBlock.get(block)!);
  // Neighbouring emptied cues go as one stretch; a stretch that ends the file takes the line break before
  // it, so the file still ends as it did.
  for (let i = 0; i < blocks.length; i++) {
    if (!emptied.has(blocks[i]!)) continue;
    let last = i;
    while (last + 1 < blocks.length && emptied.has(blocks[last + 1]!)) last++;
    const steps = [...blocks.slice(i, last + 1).flatMap((block) => byBlock.get(block)!.flatMap((edit) => edit.steps)), syntax === 'whisper' ? EMPTY_LINE : EMPTY_CUE];
    const atEnd = last === blocks.length - 1 && i > 0;
    const start = atEnd ? endOfContent(text, blocks[i]!.range[0], syntax) : blocks[i]!.range[0];
    result.push({ range: [start, blocks[last]!.range[1]], text: '', steps: dedupeSteps(steps) });
    i = last;
  }
  if (syntax === 'srt') result.push(...renumber(text, blocks, emptied));
  return result;
}

/**
 * Number the SRT cues after the first removed one on from the cue before it, so the file still counts
 * 1, 2, 3 (or 10, 11, 12); the cues before it keep their numbers.
 */
function renumber(text: string, blocks: readonly Block[], emptied: ReadonlySet<Block>): OriginalEdit[] {
  const edits: OriginalEdit[] = [];
  let previous: number | null = null;
  let removed = false;
  for (const block of blocks) {
    if (emptied.has(block)) removed = true;
    if (emptied.has(block) || !block.cue?.index) continue;
    const [start, end] = block.cue.index;
    const digits = /\d+/.exec(text.slice(start, end))!;
    const number: number = removed ? (previous ?? 0) + 1 : Number(digits[0]);
    if (Number(digits[0]) !== number) edits.push({ range: [start + digits.index, start + digits.index + digits[0].length], text: String(number), steps: [RENUMBER] });
    previous = number;
  }
  return edits;
}

/** One step per distinct reason: a loop over 500 cues is one repeat, not 500 lines of explanation. */
function dedupeSteps(steps: readonly ChangeStep[]): ChangeStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = `${step.fixer}/${step.rule}/${step.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where a stretch of cues that ends the file starts its deletion: after the line break that ends the
 * content before it, so one line break stays (SRT and WebVTT separate blocks with a blank line, the console
 * format has none), or at the end of that content when the file had no final line break.
 */
function endOfContent(text: string, offset: number, syntax: CueSyntax): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (!text.endsWith('\n')) return at;
  if (syntax === 'whisper') return offset;
  const newline = text.indexOf('\n', at);
  return newline === -1 || newline >= offset ? offset : newline + 1;
}
