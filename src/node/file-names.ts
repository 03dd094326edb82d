/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators: what can break or forge a line. */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A control character as an escape: `\n`, `\x1b`, `\u2028`. */
export function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name's bytes as text, or null when they are not valid UTF-8 (no guess: it would name another file). */
export function decodeName(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A name that is not valid UTF-8 as one line can show it: in double quotes, each byte outside valid UTF-8
 * as `\xNN`, and quotes, backslashes and controls escaped: `"bad\xff.txt"`.
 */
export function escapeUndecodableName(bytes: Uint8Array): string {
  let shown = '';
  for (let at = 0; at < bytes.length; ) {
    const length = validSequenceAt(bytes, at);
    if (length === 0) {
      shown += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
      at++;
      continue;
    }
    shown += strictUtf8.decode(bytes.subarray(at, at + length)).replace(/["\\]/g, '\\$&').replace(CONTROL, escapeControl);
    at += length;
  }
  return `"${shown}"`;
}

/** The length of the valid UTF-8 sequence at `at`, or 0 (a stray byte, an overlong form, a surrogate). */
function validSequenceAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  return decodeName(bytes.subarray(at, at + length)) === null ? 0 : length;
}
