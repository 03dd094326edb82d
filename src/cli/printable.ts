import { CONTROL, escapeControl } from '../node/file-names.js';

const HAS_CONTROL = new RegExp(CONTROL.source);

/**
 * A file name as one line of a terminal or a CI log shows it: as it is, or, when it holds a control
 * character, in double quotes with the controls, quotes and backslashes escaped. A file named
 * `x\n::error file=README.md::Forged` must not start a line that a CI runner reads as a command.
 */
export function printableName(name: string): string {
  if (!HAS_CONTROL.test(name)) return name;
  return `"${name.replace(/["\\]/g, '\\$&').replace(CONTROL, escapeControl)}"`;
}

/** A one-line message with any control character in it escaped (a name it quotes may hold one). */
export function printableLine(message: string): string {
  return message.replace(CONTROL, escapeControl);
}

/** What stderr says of an error that ends a run: its one line, or an internal error's (with its stack under --debug). */
export function failureLine(error: unknown, usage: boolean, debug: boolean): string {
  if (usage) return `unmangle: ${printableLine((error as Error).message)}\n`;
  const detail = debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
  return `unmangle: internal error: ${printableLine(error instanceof Error ? error.message : String(error))}${detail}\n`;
}
