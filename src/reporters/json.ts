import type { FileReport } from './types.js';

/** The JSON schema's version: bumped when a field changes meaning or goes away, not when one is added. */
export const JSON_SCHEMA_VERSION = 1;

/** Every file's changes and suggestions, positioned in its input; schema in the README. */
export function jsonReport(files: readonly FileReport[]): string {
  const report = {
    version: JSON_SCHEMA_VERSION,
    files: files
      .filter((file) => file.result)
      .map(({ path, result }) => ({
        path,
        changed: result!.output !== result!.input,
        changes: result!.changes,
        suggestions: result!.suggestions,
      })),
    errors: files.filter((file) => file.error !== undefined).map(({ path, error }) => ({ path, message: error })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
