import { decodeText, UndecodableError } from '../node/decode.js';
import { describeError } from '../node/describe-error.js';
import type { CliIo, FileVersion } from '../node/io-types.js';

export type Input =
  | { readonly text: string; /** null: standard input. */ readonly version: FileVersion | null }
  | { readonly error: string; /** Binary or not UTF-8: skipped with a warning when found in a folder. */ readonly undecodable?: true };

/**
 * Read and decode one input (null: standard input). A failure is a one-line reason, never a throw. A file
 * found in a folder is not read through a symbolic link: the walk took it for a file, so it must still be one.
 */
export async function readInput(path: string | null, io: CliIo, maxBytes: number, explicit: boolean): Promise<Input> {
  try {
    if (path === null) return { text: decodeText(await io.readStdin(maxBytes)), version: null };
    const { bytes, version } = await io.fs.readFile(path, { maxBytes, noFollow: !explicit });
    return { text: decodeText(bytes), version };
  } catch (error) {
    if (error instanceof UndecodableError) return { error: error.message, undecodable: true };
    if ((error as { code?: string }).code === 'EFBIG') return { error: `is over the ${sizeLimit(maxBytes)} limit (--max-size): refused` };
    return { error: describeError(error) };
  }
}

/**
 * Say on stderr why an input was not read, and whether that fails the run: a binary or non-UTF-8 file
 * found in a folder is skipped with a warning (a folder holds such files); anything else is an error.
 */
export function sayUnread(io: CliIo, target: { readonly name: string; readonly explicit: boolean }, failure: { readonly error: string; readonly undecodable?: true }, quiet: boolean): 'skipped' | 'failed' {
  if (failure.undecodable && !target.explicit) {
    if (!quiet) io.writeErr(`unmangle: warning: ${target.name}: ${failure.error}: skipped\n`);
    return 'skipped';
  }
  io.writeErr(`unmangle: ${target.name}: ${failure.error}\n`);
  return 'failed';
}

/** Counted as read, so a stream (/dev/zero) is stopped at the limit and its size is never known. */
function sizeLimit(bytes: number): string {
  if (bytes < 100_000) return `${Math.floor(bytes)}-byte`;
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}
