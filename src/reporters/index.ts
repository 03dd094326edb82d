import { fileLine } from './check.js';
import { diffReport } from './diff.js';
import { explainReport } from './explain.js';
import { githubReport } from './github.js';
import { jsonReport, type JsonEntry } from './json.js';
import { rdjsonReporter } from './rdjson.js';
import { sarifReporter } from './sarif.js';
import type { FileReport, Mode, OutputFormat } from './types.js';

/**
 * How a run is reported: text for each file as it is done (files come in order; a file that failed comes
 * with its error), and text once all are. Pure: the CLI writes what it returns.
 */
export interface Reporter {
  file(report: FileReport): string;
  end(): string;
}

export interface OutputOptions {
  readonly color: boolean;
  /** With --check or --write: print each file's diff too. */
  readonly diff: boolean;
  /** Diffs mark the changed words inside lines, as `git diff --word-diff` does. */
  readonly wordDiff?: boolean;
  /** -l with -z: each name ends with a NUL byte, as `xargs -0` reads them, not a newline. */
  readonly nulSeparated?: boolean;
  /** The version SARIF names the tool with. */
  readonly toolVersion?: string;
}

/** What standard output gets, for the output format and the mode of the run. */
export function outputReporter(format: OutputFormat, mode: Mode, options: OutputOptions): Reporter {
  if (format === 'json') return jsonReporter();
  if (format === 'sarif') return sarifReporter(options.toolVersion ?? 'unknown');
  if (format === 'rdjson') return rdjsonReporter();
  const each = (write: (report: FileReport & { result: NonNullable<FileReport['result']> }) => string): Reporter => ({
    file: (report) => (report.result ? write(report) : ''),
    end: () => '',
  });
  if (format === 'github') return each(({ path, result }) => githubReport(path, result.changes, result.suggestions));
  if (mode === 'print') return each((report) => (format === 'text' ? report.result.output : diffReport([report], options)));
  const changed = (report: { result: { input: string; output: string } }): boolean => report.result.output !== report.result.input;
  if (mode === 'list') return each((report) => (changed(report) ? `${report.path}${options.nulSeparated ? '\0' : '\n'}` : ''));
  return each((report) => (changed(report) ? (options.diff ? diffReport([report], options) : '') + fileLine(mode, report.path, report.result.changes.length) : ''));
}

/** --explain, on standard error: each change and suggestion with its reason. */
export function explainReporter(color: boolean): Reporter {
  return { file: (report) => explainReport([report], { color }), end: () => '' };
}

function jsonReporter(): Reporter {
  const entries: JsonEntry[] = [];
  return {
    file: ({ path, result, error }) => {
      entries.push(result ? { path, changed: result.output !== result.input, changes: result.changes, suggestions: result.suggestions } : { path, error: error! });
      return '';
    },
    end: () => jsonReport(entries),
  };
}
