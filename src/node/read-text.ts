import type { FileSystem, FileVersion } from './io-types.js';
import { fsError } from './read.js';

/** A 10,000-name glossary is under 1 MB: a config, ignore file or glossary past this is a mistake or an attack. */
export const MAX_SETTINGS_FILE_BYTES = 10_000_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a config, ignore file or glossary: a regular file (a link to /dev/zero or a FIFO fails at
 * once, ENOTREG), at most 10 MB counted as read (EFBIG), valid UTF-8 (EILSEQ: a guess would change names).
 */
export async function readSettingsText(fs: FileSystem, path: string): Promise<string> {
  return (await readSettingsFile(fs, path, true)).text;
}

/** `readSettingsText` with the version read, for a glossary written back atomically (`learn --merge --write`). */
export async function readSettingsFile(fs: FileSystem, path: string, readOnly = false): Promise<{ text: string; version: FileVersion }> {
  const { bytes, version } = await fs.readFile(path, { maxBytes: MAX_SETTINGS_FILE_BYTES, regularOnly: true, readOnly });
  try {
    return { text: strictUtf8.decode(bytes), version };
  } catch {
    throw fsError('EILSEQ', path);
  }
}
