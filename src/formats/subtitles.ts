import type { ChangeStep, Range } from '../core/types.js';
import { mergeRanges, type OriginalEdit, type Piece, type View } from './view.js';

/** A block of a subtitle file: a cue (index or identifier, timing, text) or anything else (header, NOTE …). */
export interface Block {
  /** From the block's first character to the next block's first character (or the end of the file). */
  readonly range: Range;
  readonly cue: Cue | null;
}

export interface Cue {
  /** The SRT index line or the WebVTT identifier line, when there is one. */
  readonly index: Range | null;
  readonly timing: Range;
  /** The cue's text lines, without the line break after the last one; empty range when it has none. */
  readonly text: Range;
}

const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;
const VTT_TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}/;
/** Markup inside cue text: <i>, <v Speaker>, <c.yellow>, <00:01.000>, {\an8}. */
const CUE_MARKUP = /<[^>\n]*>|\{\\[^}\n]*\}/g;

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
}

function lines(text: string): Line[] {
  const result: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    const end = newline === -1 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    result.push({ start, end, next });
    start = next;
  }
  return result;
}

/**
 * Parse an SRT or WebVTT file into blocks separated by blank lines, exactly: every byte belongs to one
 * block, and a block that is not a well-formed cue is kept as it is.
 */
export function parseSubtitles(text: string, syntax: 'srt' | 'vtt'): Block[] {
  const all = lines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < all.length) {
    const blank = (line: Line): boolean => text.slice(line.start, line.end).trim() === '';
    while (i < all.length && blank(all[i]!)) i++;
    if (i >= all.length) break;
    const first = i;
    while (i < all.length && !blank(all[i]!)) i++;
    const own = all.slice(first, i);
    while (i < all.length && blank(all[i]!)) i++;
    const start = blocks.length === 0 ? 0 : all[first]!.start;
    const end = i < all.length ? all[i]!.start : text.length;
    if (blocks.length > 0) blocks[blocks.length - 1] = { ...blocks.at(-1)!, range: [blocks.at(-1)!.range[0], start] };
    blocks.push({ range: [start, end], cue: readCue(text, own, syntax) });
  }
  return blocks;
}

function readCue(text: string, own: Line[], syntax: 'srt' | 'vtt'): Cue | null {
  const timingPattern = syntax === 'srt' ? SRT_TIMING : VTT_TIMING;
  const content = (line: Line | undefined): string => (line ? text.slice(line.start, line.end) : '');
  let at = 0;
  let index: Range | null = null;
  if (!timingPattern.test(content(own[0]))) {
    // SRT: a number; WebVTT: an identifier (but not a NOTE, STYLE or REGION block, nor the header).
    const head = content(own[0]);
    if (syntax === 'srt' ? !/^\s*\d+\s*$/.test(head) : /^(?:WEBVTT|NOTE|STYLE|REGION)\b/.test(head) || head.includes('-->')) return null;
    index = [own[0]!.start, own[0]!.end];
    at = 1;
  }
  const timing = own[at];
  if (!timing || !timingPattern.test(content(timing))) return null;
  const textLines = own.slice(at + 1);
  const text_: Range = textLines.length > 0 ? [textLines[0]!.start, textLines.at(-1)!.end] : [timing.next, timing.next];
  return { index, timing: [timing.start, timing.end], text: text_ };
}

/**
 * What the fixers see of a subtitle file: the cues' text, one cue after another joined by a line break,
 * so a phrase looping across cues is seen as the repeat it is; markup inside cues is masked.
 */
export function subtitleView(text: string, blocks: readonly Block[]): View {
  const pieces: Piece[] = [];
  const masked: Range[] = [];
  let view = '';
  for (const block of blocks) {
    const cue = block.cue;
    if (!cue || cue.text[1] <= cue.text[0]) continue;
    if (view.length > 0) view += '\n';
    const cueText = text.slice(cue.text[0], cue.text[1]);
    pieces.push({ viewStart: view.length, originalStart: cue.text[0], length: cueText.length });
    for (const match of cueText.matchAll(CUE_MARKUP)) masked.push([view.length + match.index, view.length + match.index + match[0].length]);
    view += cueText.replace(CUE_MARKUP, (markup) => '\uFFFC'.repeat(markup.length));
  }
  return { text: view, pieces, masked: mergeRanges(masked) };
}

/** Why a cue went: its text was all repeat. */
const EMPTY_CUE: ChangeStep = {
  fixer: 'repeated-phrase',
  rule: 'empty-cue',
  message: 'the cue held nothing but the repeat: removed',
  confidence: 0.95,
};
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
export function finishSubtitles(text: string, blocks: readonly Block[], edits: readonly OriginalEdit[], syntax: 'srt' | 'vtt'): OriginalEdit[] {
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
    let rest = '';
    let at = cue.text[0];
    for (const edit of own) {
      if (edit.range[0] < cue.text[0] || edit.range[1] > cue.text[1]) continue;
      rest += text.slice(at, edit.range[0]) + edit.text;
      at = edit.range[1];
    }
    if ((rest + text.slice(at, cue.text[1])).replace(/<[^>]*>/g, '').trim() === '') emptied.add(block);
  }
  if (emptied.size === 0) return sorted;
  const result: OriginalEdit[] = blocks.filter((block) => !emptied.has(block)).flatMap((block) => byBlock.get(block)!);
  // Neighbouring emptied cues go as one stretch; a stretch that ends the file takes the blank line before
  // it, so the file still ends as it did.
  for (let i = 0; i < blocks.length; i++) {
    if (!emptied.has(blocks[i]!)) continue;
    let last = i;
    while (last + 1 < blocks.length && emptied.has(blocks[last + 1]!)) last++;
    const steps = [...blocks.slice(i, last + 1).flatMap((block) => byBlock.get(block)!.flatMap((edit) => edit.steps)), EMPTY_CUE];
    const atEnd = last === blocks.length - 1 && i > 0;
    const start = atEnd ? endOfContent(text, blocks[i]!.range[0]) : blocks[i]!.range[0];
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
