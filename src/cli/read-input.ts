import { decodeText, UndecodableError } from '../node/decode.js';
import type { CliIo } from './io.js';

export type Input = { readonly text: string } | { readonly error: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory (name the files inside it)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Read and decode one input; `-` is standard input. A failure is a one-line reason, never a throw. */
export async function readInput(path: string, io: CliIo): Promise<Input> {
  try {
    const bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
    return { text: decodeText(bytes) };
  } catch (error) {
    if (error instanceof UndecodableError) return { error: error.message };
    const code = (error as { code?: string }).code;
    return { error: (code && REASONS[code]) ?? `cannot be read (${code ?? String(error)})` };
  }
}
