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
