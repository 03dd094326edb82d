import type { Change } from '../core/types.js';
import type { Syntax } from '../formats/index.js';
import type { OffsetEdit } from './edits.js';

/** How a spelling is marked as meant: unmangle leaves the word before `[sic]`, and a disabled region. */
export interface KeepEdit {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  /** The region of the edited text that must now be left alone: the kept text with its marks. */
  readonly region: readonly [start: number, end: number];
}

const DISABLE = '<!-- unmangle-disable -->';
const ENABLE = '<!-- unmangle-enable -->';
const SIC = ' [sic]';
/** Letters, marks, digits and apostrophes: `[sic]` goes after the whole word a change ends in. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_'’]/u;
/** What may stand before a block's text on its line: indentation, block quote marks, a list marker. */
const LINE_OPENING = /^[ \t]*(?:(?:>|[-+*]|\d{1,9}[.)])[ \t]*)*$/;

/**
 * The edit that keeps a change's text as written, per syntax. Markdown: the text between a disable and an
 * enable comment, invisible once rendered; but a line whose text starts with `<!--` becomes an HTML block,
 * so there, and in plain text and subtitles, ` [sic]` after the word (it keeps that one word). Spacing
 * has no word to mark outside Markdown. The caller checks that the result really is left alone.
 */
export function keepEdit(text: string, change: Change, syntax: Syntax): KeepEdit | null {
  const start = change.offset;
  const end = change.offset + change.length;
  if (syntax === 'markdown' && !opensLine(text, start)) {
    return {
      title: 'Keep as written: <!-- unmangle-disable --> around it (unmangle)',
      edits: [
        { offset: start, length: 0, text: DISABLE },
        { offset: end, length: 0, text: ENABLE },
      ],
      region: [start, end + DISABLE.length + ENABLE.length],
    };
  }
  if (change.fixer === 'spacing') return null;
  // After a word only: `[sic]` marks the word before it, and a change that ends in a space has none.
  if (end === start || !WORD_CHAR.test(text[end - 1]!)) return null;
  let at = end;
  while (at < text.length && WORD_CHAR.test(text[at]!)) at++;
  return {
    title: `Keep as written: “${text.slice(wordStart(text, at), at)} [sic]” (unmangle)`,
    edits: [{ offset: at, length: 0, text: SIC }],
    region: [start, at + SIC.length],
  };
}

function opensLine(text: string, offset: number): boolean {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  return LINE_OPENING.test(text.slice(lineStart, offset));
}

function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  return start;
}

/** Whether a cleaning of the kept text leaves the region alone: no change or suggestion meets it. */
export function leftAlone(result: { readonly changes: readonly Change[]; readonly suggestions: readonly Change[] }, region: readonly [number, number]): boolean {
  const meets = (change: Change): boolean => change.offset < region[1] && change.offset + change.length > region[0];
  return !result.changes.some(meets) && !result.suggestions.some(meets);
}
