import { changedCore } from '../core/protection.js';
import type { ChangeStep, Range } from '../core/types.js';
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
 * Drop the cues the edits leave without text (the block goes whole: index, timing, text), and renumber
 * the SRT cues after them, so the file still parses and still counts 1, 2, 3.
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
    else if (after.blankLines) byBlock.set(block, [withoutBlankLines(text, cue.text, after, own)]);
  }
  if (emptied.size === 0) return blocks.flatMap((block) => byBlock.get(block)!);
  const result: OriginalEdit[] = blocks.filter((block) => !emptied.has(block)).flatMap((block) => byBlock.get(block)!);
  // Neighbouring emptied cues go as one stretch; a stretch that ends the file takes the blank line before
  // it, so the file still ends as it did.
  for (let i = 0; i < blocks.length; i++) {
    if (!emptied.has(blocks[i]!)) continue;
    let last = i;
    while (last + 1 < blocks.length && emptied.has(blocks[last + 1]!)) last++;
    const steps = [...blocks.slice(i, last + 1).flatMap((block) => byBlock.get(block)!.flatMap((edit) => edit.steps)), syntax === 'whisper' ? EMPTY_LINE : EMPTY_CUE];
    const atEnd = last === blocks.length - 1 && i > 0;
    // A console line that ends the file without a line break takes the one before it.
    const lineBefore = syntax === 'whisper' && !text.endsWith('\n') ? blocks[i]!.range[0] - 1 : blocks[i]!.range[0];
    const start = !atEnd ? blocks[i]!.range[0] : syntax === 'whisper' ? lineBefore : endOfContent(text, blocks[i]!.range[0]);
    result.push({ range: [start, blocks[last]!.range[1]], text: '', steps: dedupeSteps(steps) });
    i = last;
  }
  if (syntax === 'srt') {
    let number = 0;
    for (const block of blocks) {
      if (emptied.has(block) || !block.cue?.index) continue;
      number++;
      const [start, end] = block.cue.index;
      const digits = /\d+/.exec(text.slice(start, end))!;
      if (Number(digits[0]) !== number) result.push({ range: [start + digits.index, start + digits.index + digits[0].length], text: String(number), steps: [RENUMBER] });
    }
  }
  return result;
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

/** Just after the line break that ends the last non-blank line before `offset`. */
function endOfContent(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  const newline = text.indexOf('\n', at);
  return newline === -1 || newline >= offset ? offset : newline + 1;
}

interface CueAfter {
  readonly text: string;
  /** Whether a line the edits touched is left with nothing to show: a blank line would end the cue. */
  readonly blankLines: boolean;
  /** Where in `text` the edits wrote (an insertion or a deletion point), to tell touched lines from kept ones. */
  readonly touched: readonly Range[];
}

/** A cue's text once its edits are applied, and where they wrote. */
function cueAfter(text: string, [start, end]: Range, edits: readonly OriginalEdit[]): CueAfter {
  let result = '';
  let at = start;
  const touched: Range[] = [];
  for (const edit of edits) {
    if (edit.range[0] < start || edit.range[1] > end) continue;
    result += text.slice(at, edit.range[0]);
    touched.push([result.length, result.length + edit.text.length]);
    result += edit.text;
    at = edit.range[1];
  }
  result += text.slice(at, end);
  const blankLines = lineRanges(result).some((line) => isBlankTouched(result, line, touched));
  return { text: result, blankLines, touched };
}

function lineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    ranges.push([start, newline]);
    start = newline + 1;
  }
  ranges.push([start, text.length]);
  return ranges;
}

function isBlankTouched(text: string, [start, end]: Range, touched: readonly Range[]): boolean {
  if (text.slice(start, end).replace(CUE_MARKUP, '').trim() !== '') return false;
  return touched.some(([from, to]) => from <= end && to >= start);
}

/**
 * The cue's edits as one, with every line they left blank taken out with its line break: "A\nB" with the
 * repeated "A" removed is "B", not "\nB", which players read as a cue with no text and a stray line.
 */
function withoutBlankLines(text: string, range: Range, after: CueAfter, edits: readonly OriginalEdit[]): OriginalEdit {
  const kept = lineRanges(after.text).filter((line) => !isBlankTouched(after.text, line, after.touched));
  const cleaned = kept.map(([from, to]) => after.text.slice(from, to).replace(/\r$/, '')).join(text.slice(range[0], range[1]).includes('\r\n') ? '\r\n' : '\n');
  const core = changedCore(text, { range, text: cleaned });
  return { range: core.range, text: core.inserted, steps: dedupeSteps(edits.flatMap((edit) => edit.steps)) };
}
