import type { Result } from '../core/types.js';
import type { FindingKeys } from './finding-key.js';

/** How standard output reports the run: the text, diffs, JSON, GitHub annotations, SARIF or reviewdog's rdjson. */
export type OutputFormat = 'text' | 'diff' | 'json' | 'github' | 'sarif' | 'rdjson';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'diff', 'json', 'github', 'sarif', 'rdjson'];

/** The formats that cover every file in one document, written at the end, and escape names their own way. */
export const DOCUMENT_FORMATS: readonly OutputFormat[] = ['json', 'sarif', 'rdjson'];

/** print: the corrected text or a diff; check: say what would change; list: name the files; write: fix in place. */
export type Mode = 'print' | 'check' | 'list' | 'write';

/**
 * One input's outcome: its result, or why it could not be processed. `keys` are its findings' keys when
 * computed before a baseline left some out: a finding's key reads the text around it as cleaned in full.
 */
export type FileReport =
  | { readonly path: string; readonly result: Result; readonly keys?: FindingKeys; readonly error?: undefined }
  | { readonly path: string; readonly error: string; readonly result?: undefined; readonly keys?: undefined };

export interface ReportOptions {
  readonly color: boolean;
}
