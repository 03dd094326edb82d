import type { Range } from '../core/types.js';

/** The syntaxes read as a run of cues: SRT, WebVTT, and the console format of whisper and whisper.cpp. */
export type CueSyntax = 'srt' | 'vtt' | 'whisper';

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
/**
 * A line of whisper's or whisper.cpp's console output: `[00:00:01.000 --> 00:00:03.000]  text`, also
 * `[00:01.000 --> 00:03.000]`, `[43:51.000 -> 44:48.720]`, faster-whisper's `[12.34s -> 15.67s]` and
 * `[0.0 - 10.28]：`, and whisper.net's `00:00:00->00:00:29：` (a clock time, an arrow, a colon).
 */
const CLOCK = String.raw`(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d+)?`;
const CONSOLE_STAMP = String.raw`(?:${CLOCK}|\d+(?:\.\d+)?s)`;
/** With a plain dash between them, only seconds with decimals: "[0.0 - 10.28]", not a footnote "[1-3]". */
const DASHED_SECONDS = String.raw`\[\s*\d+\.\d+\s*-\s*\d+\.\d+\s*\]`;
/** Without brackets, only hours, minutes and seconds and a colon after: not an agenda's "09:00 -> 10:00:". */
const BARE_CLOCK = String.raw`\d{2}:\d{2}:\d{2}(?:[.,]\d+)?`;
// \uFF1A is the fullwidth colon, escaped: a raw template keeps its characters, and the CLI's bundle is ASCII.
const CONSOLE_TIMING = new RegExp(
  String.raw`^(?:\[\s*${CONSOLE_STAMP}\s*--?>\s*${CONSOLE_STAMP}\s*\]|${DASHED_SECONDS}|${BARE_CLOCK}\s*->\s*${BARE_CLOCK}(?=\s*[:\uFF1A]))[:\uFF1A]?`,
);

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
export function parseSubtitles(text: string, syntax: CueSyntax): Block[] {
  if (syntax === 'whisper') return parseConsole(text);
  const all = lines(text);
  const blocks: Block[] = [];
  // WebVTT ends a cue only at an empty line: YouTube's captions hold lines of one space inside cues. SRT
  // readers trim lines, so there a line of white space ends the cue.
  const blank = syntax === 'vtt' ? (line: Line): boolean => line.end === line.start : (line: Line): boolean => text.slice(line.start, line.end).trim() === '';
  let i = 0;
  while (i < all.length) {
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

/** The console format: every line a block of its own, a cue when it starts with a timing in brackets. */
function parseConsole(text: string): Block[] {
  return lines(text).map((line): Block => {
    const content = text.slice(line.start, line.end);
    const timing = CONSOLE_TIMING.exec(content);
    if (!timing) return { range: [line.start, line.next], cue: null };
    // The spaces after the bracket align the column: they belong to the timing, not to the text.
    const textStart = line.start + timing[0].length + (/^\s*/.exec(content.slice(timing[0].length))![0].length);
    return { range: [line.start, line.next], cue: { index: null, timing: [line.start, line.start + timing[0].length], text: [textStart, line.end] } };
  });
}

/** Whether a text is console output of whisper: two lines or more, every line that is not blank a timed one. */
export function looksLikeConsole(text: string): boolean {
  let timed = 0;
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '') continue;
    if (!CONSOLE_TIMING.test(content)) return false;
    timed++;
  }
  return timed >= 2;
}
