import type { Result } from '../core/types.js';
import { inlineCleaner, WORKER_TEXT_LENGTH, workerPool, type Cleaner } from '../node/pool.js';
import type { Syntax, UnmangleOptions } from '../unmangler.js';

/** Worker threads for long documents: one slow document leaves the other free. */
const WORKERS = 2;

/**
 * Cleans for the server. A long document goes to a worker thread, so the protocol is answered while it is
 * cleaned and a slow document holds up only its own thread; a short one is cleaned here, in well under the
 * time a thread takes to start. Each open document is a session: its next version is cleaned from the
 * memory of its last, re-checking only what changed. Pipelines are compiled once per settings key; `reset`
 * drops them all (a glossary changed), ending the old threads: what they were cleaning rejects, and was
 * stale anyway.
 */
export class Cleaning {
  private inline: Cleaner = inlineCleaner();
  private pool: (Cleaner & { hasRoom(queue: number): boolean }) | null = null;

  /** `session`: the document's URI, for its versions; none for a one-off (a variant of a document). */
  clean(key: string, options: UnmangleOptions, text: string, syntax: Syntax, session?: string): Promise<Result> {
    if (text.length < WORKER_TEXT_LENGTH) return this.inline.clean(key, options, text, syntax, session);
    this.pool ??= workerPool(WORKERS);
    return this.pool.clean(key, options, text, syntax, session);
  }

  /** A closed document: its memory goes. */
  forget(session: string): void {
    this.inline.forget(session);
    this.pool?.forget(session);
  }

  reset(): void {
    this.inline = inlineCleaner();
    void this.pool?.close();
    this.pool = null;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
