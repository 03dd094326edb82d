import type { Change } from '../core/types.js';

/** What the JSON report keeps of a file: not its text, so a run over thousands of files stays small. */
export type JsonEntry =
  | { readonly path: string; readonly changed: boolean; readonly changes: readonly Change[]; readonly suggestions: readonly Change[] }
  | { readonly path: string; readonly error: string };

/** The JSON schema's version: bumped when a field changes meaning or goes away, not when one is added. */
export const JSON_SCHEMA_VERSION = 1;

/** Every file's changes and suggestions, positioned in its input; schema in the README. */
export function jsonReport(entries: readonly JsonEntry[]): string {
  const report = {
    version: JSON_SCHEMA_VERSION,
    files: entries.filter((entry) => !('error' in entry)),
    errors: entries.flatMap((entry) => ('error' in entry ? [{ path: entry.path, message: entry.error }] : [])),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
