import { changedCore } from '../core/protection.js';
import type { StepEdit } from '../core/offset-map.js';
import type { ChangeStep, Range } from '../core/types.js';
import { partitionPoint } from '../core/search.js';

/** A stretch of the original document that the view shows, unchanged, at `viewStart`. */
export interface Piece {
  readonly viewStart: number;
  readonly originalStart: number;
  readonly length: number;
}

/**
 * What the fixers see of a document: its prose. Structure (code, URLs, timestamps) is either left out or
 * masked with placeholder characters of the same length, so no fix can reach it; view text between pieces
 * (a line break joining two subtitle cues) exists only in the view.
 */
export interface View {
  readonly text: string;
  readonly pieces: readonly Piece[];
  /** Masked ranges, in view coordinates: a change that alters one is dropped. */
  readonly masked: readonly Range[];
}

/** Stands in for a masked character: neither a letter nor white space, so it also keeps words apart. */
export const MASK = '\uFFFC';

/** A view of the whole text with some ranges masked (newlines kept, so lines and paragraphs stay). */
export function maskedView(text: string, masked: readonly Range[]): View {
  if (masked.length === 0) return { text, pieces: [{ viewStart: 0, originalStart: 0, length: text.length }], masked };
  const sorted = mergeRanges(masked);
  let view = '';
  let at = 0;
  for (const [start, end] of sorted) {
    view += text.slice(at, start) + text.slice(start, end).replace(/[^\n\r]/g, MASK);
    at = end;
  }
  view += text.slice(at);
  return { text: view, pieces: [{ viewStart: 0, originalStart: 0, length: text.length }], masked: sorted };
}

/** A change of the original document, with the reasons it carries. */
export type OriginalEdit = StepEdit;

/**
 * Carry edits of the view back to the original: each is cut to what it really alters; a deletion spanning
 * several pieces becomes one deletion per piece (and takes the spaces it leaves at a piece's edge); an
 * edit that alters a mask, or writes text across a gap between pieces, is dropped. Edits that then touch
 * (removed neighbouring cues) are joined.
 */
export function toOriginalEdits(view: View, original: string, viewEdits: readonly StepEdit[]): OriginalEdit[] {
  const edits: OriginalEdit[] = [];
  for (const edit of viewEdits) {
    const whole = edit.range;
    // Within one piece and clear of masks, the edit maps whole, as the fixer described it.
    const piece = pieceHolding(view, whole);
    if (piece && !touchesMask(view.masked, whole)) {
      const shift = piece.originalStart - piece.viewStart;
      edits.push({ range: [whole[0] + shift, whole[1] + shift], text: edit.text, steps: edit.steps });
      continue;
    }
    const { range, inserted } = changedCore(view.text, { range: whole, text: edit.text });
    if (touchesMask(view.masked, range)) continue;
    if (inserted === '') {
      edits.push(...deletionPieces(view, original, range, edit.steps));
      continue;
    }
    const holder = pieceHolding(view, range);
    if (!holder) continue;
    const shift = holder.originalStart - holder.viewStart;
    edits.push({ range: [range[0] + shift, range[1] + shift], text: inserted, steps: edit.steps });
  }
  return edits;
}

function deletionPieces(view: View, original: string, [start, end]: Range, steps: readonly ChangeStep[]): OriginalEdit[] {
  const edits: OriginalEdit[] = [];
  const isBlank = (at: number): boolean => original[at] === ' ' || original[at] === '\t';
  for (const piece of view.pieces) {
    const pieceEnd = piece.viewStart + piece.length;
    const from = Math.max(start, piece.viewStart);
    const to = Math.min(end, pieceEnd);
    if (from >= to) continue;
    const shift = piece.originalStart - piece.viewStart;
    let originalFrom = from + shift;
    let originalTo = to + shift;
    // Deleting the start of a piece from the piece before would leave its next word's space dangling.
    if (from === piece.viewStart && start < from) while (originalTo < pieceEnd + shift && isBlank(originalTo)) originalTo++;
    // Likewise the spaces before a deletion that runs on past the end of a piece.
    if (to === pieceEnd && end > to && from > piece.viewStart) while (originalFrom > piece.originalStart && isBlank(originalFrom - 1)) originalFrom--;
    edits.push({ range: [originalFrom, originalTo], text: '', steps });
  }
  return edits;
}

/** The piece holding `[start, end)` whole, found by binary search (a subtitle file has thousands). */
function pieceHolding(view: View, [start, end]: Range): Piece | undefined {
  const pieces = view.pieces;
  const piece = pieces[Math.max(0, partitionPoint(pieces.length, (k) => pieces[k]!.viewStart <= start) - 1)];
  return piece && piece.viewStart <= start && end <= piece.viewStart + piece.length ? piece : undefined;
}

/** Whether a change at `[start, end)` alters a masked range (sorted, disjoint): an insertion only inside one. */
function touchesMask(masked: readonly Range[], [start, end]: Range): boolean {
  const mask = masked[partitionPoint(masked.length, (k) => masked[k]![1] <= start)];
  if (!mask) return false;
  return start === end ? mask[0] < start && start < mask[1] : mask[0] < end;
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Map a view range to the original when both ends fall in one piece (suggestions); null otherwise. */
export function toOriginalRange(view: View, [start, end]: Range): Range | null {
  const piece = pieceHolding(view, [start, end]);
  if (!piece || touchesMask(view.masked, [start, end])) return null;
  const shift = piece.originalStart - piece.viewStart;
  return [start + shift, end + shift];
}

/** Edits that touch (one ends where the next begins, as removed neighbouring cues do) become one. */
export function joinTouching(edits: readonly OriginalEdit[]): OriginalEdit[] {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const joined: OriginalEdit[] = [];
  for (const edit of sorted) {
    const last = joined.at(-1);
    if (last && last.range[1] === edit.range[0] && last.range[0] < edit.range[1]) {
      joined[joined.length - 1] = { range: [last.range[0], edit.range[1]], text: last.text + edit.text, steps: [...last.steps, ...edit.steps] };
    } else {
      joined.push(edit);
    }
  }
  return joined;
}
