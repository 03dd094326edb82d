import type { TextView, ViewOf } from '../core/engine.js';
import type { StepEdit } from '../core/offset-map.js';
import { partitionPoint } from '../core/search.js';
import type { Range } from '../core/types.js';
import { disabledRanges, keptRanges, sicRanges, type KeptSpellings } from './markers.js';
import { finishCues } from './cue-finish.js';
import { cueView } from './cue-view.js';
import { looksLikeConsole, parseSubtitles } from './subtitles.js';
import { keepStructure } from './markdown-blocks.js';
import { joinTouching, maskedView, toOriginalEdits, toOriginalRange, type View } from './view.js';

export { keptSpellings, type KeptSpellings } from './markers.js';

import type { Syntax } from './syntaxes.js';
export { SYNTAXES, type Syntax } from './syntaxes.js';

/** What the engine needs of a Markdown parser: what is not prose and the prose blocks, and a piece's shape. */
export interface MarkdownParser {
  parse(text: string): { readonly masked: Range[]; readonly blocks: Range[] };
  shape(markdown: string): string;
}

/** The Markdown parser, plugged in by whoever loads it (its import costs ~100 ms, paid only when needed). */
let markdownParser: MarkdownParser | undefined;

export function useMarkdownParser(parser: MarkdownParser): void {
  markdownParser = parser;
}

/** Load what cleaning `syntax` needs: the Markdown parser for Markdown, nothing otherwise. */
export async function loadSyntax(syntax: Syntax): Promise<void> {
  if (syntax === 'markdown' && !markdownParser) {
    const { parseMarkdown, markdownShape } = await import('./markdown.js');
    useMarkdownParser({ parse: parseMarkdown, shape: markdownShape });
  }
}

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
 * How the engine sees a document of `syntax`: its prose (`formats/view.ts`), rebuilt from the document as
 * it reads at each step, with the way back. Structure — code, URLs, front matter, timestamps, cue
 * settings — is kept byte for byte: an edit that would alter it is cut or dropped on the way back, and
 * what is left for the next pass to see is simply the document as it now is. Subtitle cues left empty are
 * dropped and SRT cues renumbered. `kept`: spellings a glossary keeps as written, masked like `[sic]`.
 */
export function documentViews(syntax: Syntax, kept: KeptSpellings = new Map()): ViewOf {
  const marked = (text: string): Range[] => {
    const sic = sicRanges(text);
    return kept.size === 0 ? sic : [...sic, ...keptRanges(text, kept)];
  };
  return (text) => {
    if (syntax === 'srt' || syntax === 'vtt' || syntax === 'whisper') {
      const blocks = parseSubtitles(text, syntax);
      const base = cueView(text, blocks);
      const view: View = { ...base, masked: [...base.masked, ...marked(base.text)].sort((a, b) => a[0] - b[0]) };
      return textView(view, (edits) => joinTouching(finishCues(text, blocks, toOriginalEdits(view, text, edits), syntax)));
    }
    if (syntax !== 'markdown') return maskedTextView(text, { masked: [], blocks: null }, marked);
    if (!markdownParser) throw new Error('the Markdown parser is not loaded: await loadSyntax("markdown") first');
    return maskedTextView(text, markdownParser.parse(text), (text) => [...disabledRanges(text), ...marked(text)]);
  };
}

/**
 * A document with its structure masked: the parsed structure (Markdown's) and `marked` (Markdown's disable
 * comments, [sic], kept spellings); for Markdown, edits are kept only where they keep its blocks (`keepStructure`).
 * Within a pass the parse is not repeated: edits never alter masked text or cross a block, so after a step
 * the parsed ranges only shift (`after`); the engine parses afresh at the start of the next pass.
 */
function maskedTextView(text: string, parsed: { readonly masked: readonly Range[]; readonly blocks: readonly Range[] | null }, marked: (text: string) => Range[]): TextView {
  const structure = [...parsed.masked, ...marked(text)];
  const after = (next: string, applied: readonly StepEdit[]): TextView =>
    maskedTextView(next, { masked: shiftRanges(parsed.masked, applied), blocks: parsed.blocks && shiftRanges(parsed.blocks, applied) }, marked);
  const { blocks } = parsed;
  const keep = (edits: StepEdit[]): StepEdit[] => (blocks && markdownParser ? keepStructure(text, blocks, markdownParser.shape, edits) : edits);
  if (structure.length === 0) return { text, carry: (edits) => keep([...edits]), toDocumentRange: (range) => range, after };
  const view = maskedView(text, structure);
  return { ...textView(view, (edits) => keep(joinTouching(toOriginalEdits(view, text, edits)))), after };
}

/** Ranges moved by the sorted edits that lie outside them: each shifts by the edits wholly before it. */
function shiftRanges(ranges: readonly Range[], edits: readonly StepEdit[]): Range[] {
  // shifts[k]: how far the first k edits move what follows them.
  const shifts = [0];
  for (const edit of edits) shifts.push(shifts.at(-1)! + edit.text.length - (edit.range[1] - edit.range[0]));
  const at = (offset: number): number => offset + shifts[partitionPoint(edits.length, (k) => edits[k]!.range[1] <= offset)]!;
  return ranges.map(([start, end]) => [at(start), at(end)]);
}

function textView(view: View, carry: (edits: readonly StepEdit[]) => StepEdit[]): TextView {
  return { text: view.text, carry, toDocumentRange: (range) => toOriginalRange(view, range) };
}
