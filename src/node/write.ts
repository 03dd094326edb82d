import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files being written right now, so a signal can remove them before the process ends. */
export const pendingTempFiles = new Set<string>();

/** The signal that asked the run to stop, if one has: no new file is written after it. */
export const interruption: { signal: NodeJS.Signals | null } = { signal: null };

export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}

/**
 * Write `data` to a file so that a reader sees the old content or the new, never a mix, and a failure leaves
 * the old file as it was: write a temp file in the same folder (same file system, so rename is atomic),
 * fsync it, give it the old mode and owner, rename it over the target (through symbolic links, so a link
 * stays a link). On any failure the temp file is removed.
 */
export async function writeFileAtomic(named: string, data: Uint8Array, mode: number): Promise<void> {
  // Through a symbolic link to the file itself: renaming over the link would replace it with a copy.
  const path = await realpath(named);
  const owner = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.unmangle-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pendingTempFiles.add(temp);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      // Keep the owner too where we may (run as root on someone's file); elsewhere it is ours already.
      await handle.chown(owner.uid, owner.gid).catch(() => {});
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Interrupted while writing: the old file stays, the temp file goes (below).
    if (interruption.signal) throw new InterruptedError(`interrupted (${interruption.signal})`);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    pendingTempFiles.delete(temp);
  }
}

/**
 * On SIGINT or SIGTERM the run stops after the file in hand: a write under way is abandoned before its
 * rename (its temp file removed), no other file is written, and the CLI exits 2. A second signal stops at
 * once, removing the temp files it can. Either way every file is as it was or completely fixed.
 */
export function installInterruptHandlers(writeErr: (text: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interruption.signal === null) {
        interruption.signal = signal;
        return;
      }
      for (const temp of pendingTempFiles) {
        try {
          unlinkSync(temp);
        } catch {
          // Already renamed into place, or never created.
        }
      }
      writeErr(`unmangle: interrupted again (${signal}): stopped at once\n`);
      process.exit(2);
    });
  }
}
