/** Writing a file back atomically from the CLI, and stopping a run a signal interrupted. */
import { UsageError } from '../core/errors.js';
import { interruption, InterruptedError } from '../node/interrupt.js';
import type { CliIo, FileVersion } from '../node/io-types.js';

/** After SIGINT or SIGTERM, end the run here: what is written is complete, the rest untouched. */
export function stopIfInterrupted(): void {
  if (interruption.signal) {
    throw new UsageError(`interrupted (${interruption.signal}): files already written are complete, the others untouched`);
  }
}

/** Why a file was not written, by the code the file system gave; the file is as it was in every case. */
const NOT_WRITTEN: Record<string, string> = {
  EROFILE: 'is read-only: not written',
  EACCES: 'is read-only: not written',
  ECHANGED: 'changed while unmangle worked on it: not written (run again to fix the new version)',
  ELINK: 'became a symbolic link while unmangle worked on it: not written',
  EOWNER: 'belongs to another user, whose ownership a rewrite cannot keep: not written',
  EMODE: 'has mode bits (setuid, setgid) a rewrite cannot keep: not written',
  ENOTREG: 'is not a regular file: not written',
};

/** Write a fixed file back, or say why not. */
export async function writeBack(io: CliIo, path: string, text: string, version: FileVersion): Promise<string | null> {
  try {
    await io.fs.writeFileAtomic(path, new TextEncoder().encode(text), version);
    return null;
  } catch (error) {
    if (error instanceof InterruptedError) stopIfInterrupted();
    const code = (error as { code?: string }).code;
    return (code && NOT_WRITTEN[code]) ?? `could not be written (${code ?? (error as Error).message}); the file is unchanged`;
  }
}
