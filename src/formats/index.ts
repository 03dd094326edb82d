import { OffsetMap, toStepEdit } from '../core/offset-map.js';
import type { Change, Range, Result } from '../core/types.js';
import { disabledRanges, sicRanges } from './markers.js';
import { finishCues } from './cue-finish.js';
import { cueView } from './cue-view.js';
import { looksLikeConsole, parseSubtitles } from './subtitles.js';
import { maskedView, resultFromEdits, toOriginalEdits, toOriginalRange, type View } from './view.js';

/** `whisper` is the console output of whisper and whisper.cpp: `[00:00:01.000 --> 00:00:03.000]  text`. */
export type Syntax = 'text' | 'markdown' | 'srt' | 'vtt' | 'whisper';

/** The Markdown parser, plugged in by whoever loads it (its import costs ~100 ms, paid only when needed). */
let markdownStructure: ((text: string) => Range[]) | undefined;

export function useMarkdownParser(parse: (text: string) => Range[]): void {
  markdownStructure = parse;
}

/** Load what cleaning `syntax` needs: the Markdown parser for Markdown, nothing otherwise. */
export async function loadSyntax(syntax: Syntax): Promise<void> {
  if (syntax === 'markdown' && !markdownStructure) useMarkdownParser((await import('./markdown.js')).markdownStructure);
}
export const SYNTAXES: readonly Syntax[] = ['text', 'markdown', 'srt', 'vtt', 'whisper'];

/** The syntax a file name says: .md and .markdown are Markdown, .srt and .vtt subtitles, anything else text. */
export function syntaxOf(path: string): Syntax {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.vtt')) return 'vtt';
  return 'text';
}

/**
 * The syntax of a text its name calls plain: whisper's console format when every line that is not blank is
 * a timed line (two at least), so no ordinary text is read as one; `text` otherwise.
 */
export function detectSyntax(text: string): Syntax {
  return looksLikeConsole(text) ? 'whisper' : 'text';
}

/** The syntax of a file as the CLI reads it: by its name, and by its content where the name says text. */
export function syntaxFor(path: string | null, text: string): Syntax {
  const byName = path ? syntaxOf(path) : 'text';
  return byName === 'text' ? detectSyntax(text) : byName;
}

/**
 * Rounds of cleaning at most: a round whose changes were cut at the structure (a repeat deleted across two
 * subtitle cues keeps the line break between them) ends on a text unlike the fixers' last view, so the
 * output is cleaned again, until a round is exact or changes nothing (a change that would alter the
 * structure is dropped in every round). Rarely more than two.
 */
const MAX_ROUNDS = 4;

/**
 * Clean a document in its syntax: the fixers see a view of its prose (`run` cleans that view), and their
 * changes are carried back, so structure — code, URLs, front matter, timestamps, cue settings — is kept
 * byte for byte. Subtitle cues left empty are dropped and SRT cues renumbered.
 */
export function cleanDocument(text: string, syntax: Syntax, run: (view: string) => Result): Result {
  let round = cleanRound(text, syntax, run);
  if (round.exact) return round.result;
  // Later rounds clean the previous output; the map keeps every change in the coordinates of `text`.
  const map = new OffsetMap(text);
  let current = text;
  for (let rounds = 1; ; rounds++) {
    const suggestions = round.result.suggestions.map((suggestion) => {
      const [start, end] = map.toInputRangeWithin([suggestion.offset, suggestion.offset + suggestion.length]);
      return { ...suggestion, offset: start, length: end - start };
    });
    map.record(current, round.result.changes.map((change) => ({ range: [change.offset, change.offset + change.length], text: change.replacement, steps: change.steps })));
    current = round.result.output;
    if (round.exact || round.result.changes.length === 0 || rounds === MAX_ROUNDS) {
      return resultFromEdits(text, map.changes().map(toStepEdit), suggestions);
    }
    round = cleanRound(current, syntax, run);
  }
}

interface Round {
  readonly result: Result;
  /** Whether the output's own view is the text the fixers ended with (nothing was cut at the structure). */
  readonly exact: boolean;
}

function cleanRound(text: string, syntax: Syntax, run: (view: string) => Result): Round {
  if (syntax === 'srt' || syntax === 'vtt' || syntax === 'whisper') {
    const blocks = parseSubtitles(text, syntax);
    const base = cueView(text, blocks);
    const view: View = { ...base, masked: [...base.masked, ...sicRanges(base.text)].sort((a, b) => a[0] - b[0]) };
    const result = run(view.text);
    const carried = toOriginalEdits(view, text, result.changes);
    const edits = finishCues(text, blocks, carried.edits, syntax);
    return { result: resultFromEdits(text, edits, mapSuggestions(view, result.suggestions)), exact: carried.exact };
  }
  if (syntax === 'markdown' && !markdownStructure) throw new Error('the Markdown parser is not loaded: await loadSyntax("markdown") first');
  const structure: Range[] = syntax === 'markdown' ? [...markdownStructure!(text), ...disabledRanges(text)] : [];
  structure.push(...sicRanges(text));
  if (structure.length === 0) return { result: run(text), exact: true };
  const view = maskedView(text, structure);
  const result = run(view.text);
  const carried = toOriginalEdits(view, text, result.changes);
  return { result: resultFromEdits(text, carried.edits, mapSuggestions(view, result.suggestions)), exact: carried.exact };
}

function mapSuggestions(view: View, suggestions: readonly Change[]): Change[] {
  return suggestions.flatMap((suggestion) => {
    const range = toOriginalRange(view, [suggestion.offset, suggestion.offset + suggestion.length]);
    return range ? [{ ...suggestion, offset: range[0], length: range[1] - range[0] }] : [];
  });
}
