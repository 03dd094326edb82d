import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { Change, Result } from '../core/types.js';

/** What the mapping needs of a document: LSP positions (line, UTF-16 column) of its string indices. */
export interface Positions {
  positionAt(offset: number): Position;
}

/** The diagnostics' `source`, which editors show beside each message. */
export const SOURCE = 'unmangle';

/**
 * A change's range in the document. Its offsets are string indices of the very text the client sent, that
 * is UTF-16 code units, which is what LSP columns count by default: no conversion, whatever the emoji.
 */
export function rangeOf(doc: Positions, change: Pick<Change, 'offset' | 'length'>): Range {
  return { start: doc.positionAt(change.offset), end: doc.positionAt(change.offset + change.length) };
}

/** What a fixer and its rule say: `names/sounds-like`, as `--explain` names them. */
export function codeOf(change: Pick<Change, 'fixer' | 'rule'>): string {
  return `${change.fixer}/${change.rule}`;
}

/** One diagnostic per change (a warning: `--write` would make it) and per suggestion (information). */
export function diagnosticsOf(result: Result, doc: Positions): Diagnostic[] {
  const of = (change: Change, severity: DiagnosticSeverity): Diagnostic => ({
    range: rangeOf(doc, change),
    severity,
    source: SOURCE,
    code: codeOf(change),
    message: change.message,
  });
  return [
    ...result.changes.map((change) => of(change, DiagnosticSeverity.Warning)),
    ...result.suggestions.map((change) => of(change, DiagnosticSeverity.Information)),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
