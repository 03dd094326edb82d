import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { rangeOf, type Positions } from './diagnostics.js';

/** Replace `length` code units at `offset` with `text`: an edit in the string indices unmangle reports. */
export interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** The open document an edit is for: its version, so a client applies the edit only to the text it was made for. */
export interface DocumentTarget {
  readonly uri: string;
  readonly version: number;
  readonly positions: Positions;
}

export function textEditOf(positions: Positions, edit: OffsetEdit): TextEdit {
  return { range: rangeOf(positions, edit), newText: edit.text };
}

/**
 * The edits of one document as a workspace edit: versioned (`documentChanges`) where the client takes them,
 * so a stale fix is refused rather than applied to text that moved; a plain `changes` map otherwise.
 */
export function documentEdit(target: DocumentTarget, edits: readonly OffsetEdit[], versioned: boolean): WorkspaceEdit {
  const textEdits = edits.map((edit) => textEditOf(target.positions, edit));
  if (!versioned) return { changes: { [target.uri]: textEdits } };
  return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: textEdits }] };
}

/** The edit that turns `before` into `after`: the part between their common start and their common end. */
export function minimalEdit(before: string, after: string): OffsetEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair or a CRLF: an editor's positions may not land inside either.
  while (start > 0 && splits(before, start)) start--;
  while (end > 0 && splits(before, before.length - end)) end--;
  return { offset: start, length: before.length - end - start, text: after.slice(start, after.length - end) };
}

function splits(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}
