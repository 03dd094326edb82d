import type { Range } from '../core/types.js';
import type { Block } from './subtitles.js';
import { MASK, mergeRanges, type Piece, type View } from './view.js';

/** Markup inside cue text, a run of tags at a time: <i>, <v Speaker>, <c.yellow>, <00:01.000><c>, {\an8}. */
export const CUE_MARKUP = /(?:<[^<>\n]*>|\{\\[^{}\n]*\})+/g;

/**
 * What the fixers see of a run of cues: the cues' text, one cue after another joined by a line break, so a
 * phrase looping across cues is seen as the repeat it is. Markup is left out of the view, so a caption's
 * word-timed line (`one<00:01:08.000><c> okay</c>`) reads as the plain line that repeats it (`one okay`);
 * where leaving it out would join two words, one masked character stands for it. Lines of white space
 * alone (YouTube's placeholders) are left out too: they separate nothing a viewer sees.
 */
export function cueView(text: string, blocks: readonly Block[]): View {
  const pieces: Piece[] = [];
  const masked: Range[] = [];
  let view = '';
  const show = (start: number, end: number): void => {
    if (end <= start) return;
    pieces.push({ viewStart: view.length, originalStart: start, length: end - start });
    view += text.slice(start, end);
  };
  for (const block of blocks) {
    const cue = block.cue;
    if (!cue || text.slice(cue.text[0], cue.text[1]).trim() === '') continue;
    // Where the previous shown line of this cue ended, when it was the line just before: the line break
    // between two shown lines is the cue's own, so a change across it maps back whole.
    let joinFrom = -1;
    let lineStart = cue.text[0];
    while (lineStart <= cue.text[1]) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline > cue.text[1] ? cue.text[1] : newline;
      const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      if (text.slice(lineStart, contentEnd).trim() === '') {
        joinFrom = -1;
      } else {
        if (joinFrom !== -1) show(joinFrom, lineStart);
        else if (view.length > 0) view += '\n';
        showLine(text, lineStart, contentEnd, show, () => {
          masked.push([view.length, view.length + 1]);
          view += MASK;
        });
        joinFrom = contentEnd;
      }
      lineStart = lineEnd + 1;
    }
  }
  return { text: view, pieces: joinPieces(pieces), masked: mergeRanges(masked) };
}

/** One line of cue text into the view: the text between markup shown, the markup left out or masked. */
function showLine(text: string, start: number, end: number, show: (start: number, end: number) => void, mask: () => void): void {
  const line = text.slice(start, end);
  let at = 0;
  for (const match of line.matchAll(CUE_MARKUP)) {
    show(start + at, start + match.index);
    const before = line[match.index - 1];
    const after = line[match.index + match[0].length];
    // "Hello<i>world</i>" would read as one word without it.
    if (before !== undefined && after !== undefined && !/\s/.test(before) && !/\s/.test(after) && at < match.index) mask();
    at = match.index + match[0].length;
  }
  show(start + at, end);
}

/** Pieces that continue each other in both texts become one, so a change within a line maps back whole. */
function joinPieces(pieces: readonly Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last && last.viewStart + last.length === piece.viewStart && last.originalStart + last.length === piece.originalStart) {
      joined[joined.length - 1] = { ...last, length: last.length + piece.length };
    } else {
      joined.push(piece);
    }
  }
  return joined;
}
