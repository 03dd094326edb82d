/** Why a file's bytes cannot be cleaned as text. */
export class UndecodableError extends Error {
  override readonly name = 'UndecodableError';
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes to text, keeping a byte-order mark so it is written back. Binary data (a NUL byte) and invalid
 * UTF-8 are refused rather than guessed at: a guess could only corrupt the file on the way back.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UndecodableError('looks binary (it contains a NUL byte)');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UndecodableError('is not valid UTF-8');
  }
}
