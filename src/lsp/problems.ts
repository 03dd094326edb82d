import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { SOURCE } from './diagnostics.js';

/** Where a settings problem is: the file and line its one-line message starts with (`names.yaml:7: …`). */
export interface Located {
  readonly file: string;
  /** 1-based; 1 where the message names no line (a file that cannot be read). */
  readonly line: number;
  readonly message: string;
}

/**
 * Read `file:line: message` or `file: message`, as every config and glossary error is worded. The file is
 * as the message shows it; the caller resolves it and checks it exists (the message may not name one).
 */
export function locateProblem(text: string): Located | null {
  const withLine = /^(.+?):(\d+): (.+)$/s.exec(text);
  if (withLine) return { file: withLine[1]!, line: Number(withLine[2]), message: withLine[3]! };
  const withoutLine = /^(.+?): (.+)$/s.exec(text);
  return withoutLine ? { file: withoutLine[1]!, line: 1, message: withoutLine[2]! } : null;
}

/** The diagnostic of a settings problem: an error over its whole line of `text`, the file as it is now. */
export function problemDiagnostic(located: Located, text: string): Diagnostic {
  const lines = text.split(/\r\n|\r|\n/);
  const line = Math.min(Math.max(0, located.line - 1), lines.length - 1);
  return {
    range: { start: { line, character: 0 }, end: { line, character: lines[line]!.length } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: located.message,
  };
}
