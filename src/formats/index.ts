import type { Change, Range, Result } from '../core/types.js';
import { disabledRanges, sicRanges } from './markers.js';
import { finishSubtitles, parseSubtitles, subtitleView } from './subtitles.js';
import { maskedView, resultFromEdits, toOriginalEdits, toOriginalRange, type View } from './view.js';

export type Syntax = 'text' | 'markdown' | 'srt' | 'vtt';

/** The Markdown parser, plugged in by whoever loads it (its import costs ~100 ms, paid only when needed). */
let markdownStructure: ((text: string) => Range[]) | undefined;

export function useMarkdownParser(parse: (text: string) => Range[]): void {
  markdownStructure = parse;
}

/** Load what cleaning `syntax` needs: the Markdown parser for Markdown, nothing otherwise. */
export async function loadSyntax(syntax: Syntax): Promise<void> {
  if (syntax === 'markdown' && !markdownStructure) useMarkdownParser((await import('./markdown.js')).markdownStructure);
}
export const SYNTAXES: readonly Syntax[] = ['text', 'markdown', 'srt', 'vtt'];

/** The syntax a file name says: .md and .markdown are Markdown, .srt and .vtt subtitles, anything else text. */
export function syntaxOf(path: string): Syntax {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.vtt')) return 'vtt';
  return 'text';
}

/**
 * Clean a document in its syntax: the fixers see a view of its prose (`run` cleans that view), and their
 * changes are carried back, so structure — code, URLs, front matter, timestamps, cue settings — is kept
 * byte for byte. Subtitle cues left empty are dropped and SRT cues renumbered.
 */
export function cleanDocument(text: string, syntax: Syntax, run: (view: string) => Result): Result {
  if (syntax === 'srt' || syntax === 'vtt') {
    const blocks = parseSubtitles(text, syntax);
    const base = subtitleView(text, blocks);
    const view: View = { ...base, masked: [...base.masked, ...sicRanges(base.text)].sort((a, b) => a[0] - b[0]) };
    const result = run(view.text);
    const edits = finishSubtitles(text, blocks, toOriginalEdits(view, text, result.changes), syntax);
    return resultFromEdits(text, edits, mapSuggestions(view, result.suggestions));
  }
  if (syntax === 'markdown' && !markdownStructure) throw new Error('the Markdown parser is not loaded: await loadSyntax("markdown") first');
  const structure: Range[] = syntax === 'markdown' ? [...markdownStructure!(text), ...disabledRanges(text)] : [];
  structure.push(...sicRanges(text));
  if (structure.length === 0) return run(text);
  const view = maskedView(text, structure);
  const result = run(view.text);
  return resultFromEdits(text, toOriginalEdits(view, text, result.changes), mapSuggestions(view, result.suggestions));
}

function mapSuggestions(view: View, suggestions: readonly Change[]): Change[] {
  return suggestions.flatMap((suggestion) => {
    const range = toOriginalRange(view, [suggestion.offset, suggestion.offset + suggestion.length]);
    return range ? [{ ...suggestion, offset: range[0], length: range[1] - range[0] }] : [];
  });
}
