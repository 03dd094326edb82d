import type { Result } from '../core/types.js';

/** How standard output reports the run: the text, diffs, JSON, or GitHub annotations. */
export type OutputFormat = 'text' | 'diff' | 'json' | 'github';

/** print: the corrected text or a diff; check: say what would change; list: name the files; write: fix in place. */
export type Mode = 'print' | 'check' | 'list' | 'write';

/** One input's outcome: its result, or why it could not be processed. */
export type FileReport =
  | { readonly path: string; readonly result: Result; readonly error?: undefined }
  | { readonly path: string; readonly error: string; readonly result?: undefined };

export interface ReportOptions {
  readonly color: boolean;
}
