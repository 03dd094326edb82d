import { decodeText, UndecodableError } from '../node/decode.js';
import { describeError } from '../node/inputs.js';
import type { CliIo } from '../node/io-types.js';

export type Input =
  | { readonly text: string; readonly mode: number }
  | { readonly error: string; /** Binary or not UTF-8: skipped with a warning when found in a folder. */ readonly undecodable?: true };

/** Read and decode one input (null: standard input). A failure is a one-line reason, never a throw. */
export async function readInput(path: string | null, io: CliIo, maxBytes: number): Promise<Input> {
  try {
    let mode = 0o644;
    if (path !== null) {
      const stat = await io.fs.stat(path);
      if (stat.kind === 'directory') return { error: 'is a directory' };
      if (stat.size > maxBytes) {
        return { error: `is ${megabytes(stat.size)} MB, over the ${megabytes(maxBytes)} MB limit (--max-size): refused` };
      }
      mode = stat.mode;
    }
    const bytes = path === null ? await io.readStdin() : await io.fs.readFile(path);
    return { text: decodeText(bytes), mode };
  } catch (error) {
    if (error instanceof UndecodableError) return { error: error.message, undecodable: true };
    return { error: describeError(error) };
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0);
}
