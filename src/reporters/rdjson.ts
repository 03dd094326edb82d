import type { Change } from '../core/types.js';
import { ruleId } from '../fixers/rules.js';
import { Columns } from './columns.js';
import type { FileReport } from './types.js';

/** reviewdog's Diagnostic, as its rdjson format has it (proto/rdf/reviewdog.proto in reviewdog's repository). */
interface Diagnostic {
  readonly message: string;
  readonly location: { readonly path: string; readonly range?: Range };
  readonly severity: 'ERROR' | 'WARNING' | 'INFO';
  readonly source: { readonly name: string };
  readonly code?: { readonly value: string };
  readonly suggestions?: readonly { readonly range: Range; readonly text: string }[];
}

interface Range {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

const SOURCE = { name: 'unmangle' };

/**
 * reviewdog's rdjson (`reviewdog -f=rdjson`): a diagnostic per change (WARNING, with the replacement as a
 * suggestion reviewdog can offer in review) and per suggestion (INFO, no replacement: unmangle itself is
 * not sure of one), and one ERROR per file that could not be read. Columns are UTF-8 bytes, as reviewdog
 * counts them; ranges end exclusive.
 */
export function rdjsonReporter(): { file(report: FileReport): string; end(): string } {
  const diagnostics: Diagnostic[] = [];
  return {
    file: ({ path, result, error }) => {
      if (!result) {
        diagnostics.push({ message: error, location: { path }, severity: 'ERROR', source: SOURCE });
        return '';
      }
      const columns = new Columns(result.input);
      const diagnostic = (change: Change, applied: boolean): Diagnostic => {
        const range = { start: columns.utf8(change, 'start'), end: columns.utf8(change, 'end') };
        return {
          message: `${change.message}: ${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}`,
          location: { path, range },
          severity: applied ? 'WARNING' : 'INFO',
          source: SOURCE,
          code: { value: ruleId(change.fixer, change.rule) },
          ...(applied && { suggestions: [{ range, text: change.replacement }] }),
        };
      };
      for (const change of result.changes) diagnostics.push(diagnostic(change, true));
      for (const suggestion of result.suggestions) diagnostics.push(diagnostic(suggestion, false));
      return '';
    },
    end: () => JSON.stringify({ source: SOURCE, diagnostics }, null, 2) + '\n',
  };
}
