import type { CleanReply, CleanRequest } from './protocol.js';

/**
 * The page's side of the worker: one clean at a time, and while one runs only the newest request waits,
 * so a burst of typing costs the clean under way and one more, and a stale answer is never shown.
 */
export class Cleaner {
  private readonly worker: Worker;
  /** The request the worker is cleaning now, if any. */
  private running: CleanRequest | null = null;
  private waiting: CleanRequest | null = null;
  private newest = 0;

  constructor(
    url: string,
    private readonly onReply: (reply: CleanReply, request: CleanRequest) => void,
  ) {
    this.worker = new Worker(url);
    this.worker.onmessage = (event: MessageEvent<CleanReply>) => this.done(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.done({ id: this.running?.id ?? this.newest, ok: false, error: `the cleaning worker failed: ${event.message}`, inGlossary: false });
    };
  }

  clean(request: Omit<CleanRequest, 'id'>): void {
    this.waiting = { ...request, id: ++this.newest };
    if (!this.running) this.sendWaiting();
  }

  /** Show no answer to what was asked so far: the text is gone, or the settings are wrong. */
  cancel(): void {
    this.waiting = null;
    this.newest++;
  }

  private done(reply: CleanReply): void {
    const request = this.running;
    this.running = null;
    if (request && reply.id === this.newest) this.onReply(reply, request);
    this.sendWaiting();
  }

  private sendWaiting(): void {
    if (!this.waiting) return;
    this.running = this.waiting;
    this.worker.postMessage(this.waiting);
    this.waiting = null;
  }
}
