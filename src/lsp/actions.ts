import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Change, Result } from '../core/types.js';
import { documentEdit, type DocumentTarget, type OffsetEdit } from './edits.js';

/** The kind of the whole-file fix, which editors can run on save (`source.fixAll.unmangle`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unmangle`;

/** A change or suggestion the cursor is on, with the diagnostic the client showed for it (if it sent one). */
export interface Entry {
  readonly change: Change;
  readonly kind: 'change' | 'suggestion';
}

/** The changes and suggestions that meet `[start, end]`: a cursor just after a word is still on it. */
export function entriesAt(result: Result, start: number, end: number): Entry[] {
  const meets = (change: Change): boolean => change.offset <= end && change.offset + change.length >= start;
  return [
    ...result.changes.filter(meets).map((change): Entry => ({ change, kind: 'change' })),
    ...result.suggestions.filter(meets).map((change): Entry => ({ change, kind: 'suggestion' })),
  ];
}

/** A suggestion's candidates, first the one it leads with; each differs from the text it replaces. */
export function candidatesOf(change: Change): string[] {
  return [...new Set([change.replacement, ...(change.alternatives ?? [])])].filter((candidate) => candidate !== change.original);
}

/** "Replace “Baukele” with “Bukele”", short enough for a menu, line breaks shown. */
export function describeEdit(original: string, replacement: string): string {
  if (replacement === '') return `Delete ${quote(original)}`;
  if (original === '') return `Insert ${quote(replacement)}`;
  return `Replace ${quote(original)} with ${quote(replacement)}`;
}

function quote(text: string): string {
  const shown = text.replace(/\r\n|\r|\n/g, '⏎');
  const chars = [...shown];
  return `“${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : shown}”`;
}

export function changeEdit(change: Change, replacement = change.replacement): OffsetEdit {
  return { offset: change.offset, length: change.length, text: replacement };
}

/** The quick fixes of one entry: its fix (preferred), or one per candidate of a suggestion. */
export function fixActions(entry: Entry, target: DocumentTarget, versioned: boolean, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { change } = entry;
  return candidatesOf(change).map((candidate, index) => ({
    title: `${describeEdit(change.original, candidate)} (unmangle)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [...diagnostics],
    isPreferred: entry.kind === 'change' && index === 0,
    edit: documentEdit(target, [changeEdit(change, candidate)], versioned),
  }));
}

/** Every change of the file at once: the text `unmangle --write` would leave. Null when there is none. */
export function fixAllAction(result: Result, target: DocumentTarget, versioned: boolean, kind: string): CodeAction | null {
  const count = result.changes.length;
  if (count === 0) return null;
  return {
    title: `Fix all ${count} unmangle change${count === 1 ? '' : 's'} in this file`,
    kind,
    edit: documentEdit(target, result.changes.map((change) => changeEdit(change)), versioned),
  };
}

/** Whether the client's `only` filter lets actions of `kind` through (a kind includes its sub-kinds). */
export function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}
