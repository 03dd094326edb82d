import webvtt from 'webvtt-parser';

/**
 * Subtitle readers kept apart from the one that cleans (src/formats/subtitles.ts), so a bug there cannot
 * hide itself: WebVTT through the W3C validator's parser, SRT through a strict reader written here.
 */
export interface OracleCue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface OracleResult {
  readonly cues: readonly OracleCue[];
  /** Each problem with its 1-based line: a cue with no text, a text line the player would drop. */
  readonly errors: readonly string[];
}

const vttParser = new webvtt.WebVTTParser();

export function readVtt(text: string): OracleResult {
  const tree = vttParser.parse(text.replace(/^\uFEFF/, ''), 'metadata');
  const errors = tree.errors.map((error) => `line ${error.line}: ${error.message}`);
  tree.cues.forEach((cue, i) => {
    if (cue.text.trim() === '') errors.push(`cue ${i + 1} has no text`);
  });
  return { cues: tree.cues.map((cue) => ({ start: cue.startTime, end: cue.endTime, text: cue.text })), errors };
}

const SRT_TIME = /^(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})$/;

function srtSeconds(stamp: string): number | null {
  const match = SRT_TIME.exec(stamp.trim());
  if (!match) return null;
  const [, h, m, s, ms] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms!.padEnd(3, '0')) / 1000;
}

/** SRT as players read it: blocks split at blank lines, each an index, a timing and one or more text lines. */
export function readSrt(text: string): OracleResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const cues: OracleCue[] = [];
  const errors: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const first = i + 1;
    if (!/^\s*\d+\s*$/.test(lines[i]!)) errors.push(`line ${first}: expected a cue number, found ${JSON.stringify(lines[i])}`);
    const [from, to, extra] = (lines[i + 1] ?? '').split('-->');
    const start = from === undefined ? null : srtSeconds(from);
    const end = to === undefined ? null : srtSeconds(to.trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null || extra !== undefined) errors.push(`line ${first + 1}: expected a timing line`);
    i += 2;
    const textLines: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') textLines.push(lines[i++]!);
    if (textLines.length === 0) errors.push(`line ${first}: cue has no text`);
    cues.push({ start: start ?? NaN, end: end ?? NaN, text: textLines.join('\n') });
  }
  return { cues, errors };
}

export function readSubtitles(text: string, syntax: 'srt' | 'vtt'): OracleResult {
  return syntax === 'srt' ? readSrt(text) : readVtt(text);
}
