import type { FileSystem } from './io-types.js';
import { fsError } from './read.js';

/** A 10,000-name glossary is under 1 MB: a config, ignore file or glossary past this is a mistake or an attack. */
export const MAX_SETTINGS_FILE_BYTES = 10_000_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a config, ignore file or glossary: a regular file (a link to /dev/zero or a FIFO fails at
 * once, ENOTREG), at most 10 MB counted as read (EFBIG), valid UTF-8 (EILSEQ: a guess would change names).
 */
export async function readSettingsText(fs: FileSystem, path: string): Promise<string> {
  const { bytes } = await fs.readFile(path, { maxBytes: MAX_SETTINGS_FILE_BYTES, regularOnly: true });
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw fsError('EILSEQ', path);
  }
}
