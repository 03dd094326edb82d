/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators: what can break or forge a line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const HAS_CONTROL = new RegExp(CONTROL.source);
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

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
