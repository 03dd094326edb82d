import { unlinkSync } from 'node:fs';

/**
 * Temp files that exist on disk right now. They are created, renamed and removed with synchronous calls, so
 * at any moment a signal handler can run, this set and the disk agree.
 */
export const pendingTempFiles = new Set<string>();

/** The signal that asked the run to stop, if one has: no new file is written after it. */
export const interruption: { signal: NodeJS.Signals | null } = { signal: null };

export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}

/** The signals that end a run. SIGHUP too: a closed terminal must not leave a temp file behind. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * After the first signal the run winds itself up (what waits is stopped, the report says what was done);
 * whatever still has not finished by then (a wait that cannot be cut short) is ended by this timer.
 */
const GRACE_MS = 750;

const stoppers = new Set<() => void>();

/**
 * Call `stop` on the first signal: it cuts short what would keep the run waiting (a document being cleaned
 * on a worker thread, a read of a pipe). Returns a function that takes it back.
 */
export function onInterrupt(stop: () => void): () => void {
  if (interruption.signal) {
    stop();
    return () => {};
  }
  stoppers.add(stop);
  return () => void stoppers.delete(stop);
}

/**
 * On SIGINT, SIGTERM or SIGHUP the run stops within a second: cleaning under way is abandoned, a write under
 * way is abandoned before its rename (its temp file removed), no other file is written, and the CLI exits 2.
 * A second signal stops at once. Either way every file is as it was or completely fixed, and no temp file
 * is left.
 */
export function installInterruptHandlers(writeErr: (text: string) => void): void {
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      if (interruption.signal !== null) return endNow(writeErr, `interrupted again (${signal}): stopped at once`);
      interruption.signal = signal;
      for (const stop of stoppers) stop();
      stoppers.clear();
      graceTimer(writeErr, signal);
    });
  }
}

/** Ends the process once the grace is over, unless a write is still under way: that one ends by itself soon. */
function graceTimer(writeErr: (text: string) => void, signal: NodeJS.Signals): void {
  setTimeout(() => {
    if (pendingTempFiles.size > 0) return graceTimer(writeErr, signal);
    endNow(writeErr, `interrupted (${signal}): files already written are complete, the others untouched`);
  }, GRACE_MS).unref();
}

/** Remove the temp files (a target is only ever replaced by a rename, so it is whole), say why, exit 2. */
export function endNow(writeErr: (text: string) => void, message: string): never {
  for (const temp of pendingTempFiles) {
    try {
      unlinkSync(temp);
    } catch {
      // Removed meanwhile.
    }
  }
  writeErr(`unmangle: ${message}\n`);
  process.exit(2);
}
