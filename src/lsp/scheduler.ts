/**
 * When each document is checked: a change waits for typing to pause (`delay`), then the check runs on the
 * document as it is by then, so the latest version wins. At most one check per document runs at a time: a
 * change during one runs another after it. Documents never wait for each other.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(
    private readonly check: (uri: string) => Promise<void>,
    public delay: number,
  ) {}

  /** Check `uri` once `wait` ms pass with no other change to it. */
  touch(uri: string, wait = this.delay): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.start(uri);
      }, wait),
    );
  }

  /** A closed document: no check is started for it any more. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.again.delete(uri);
  }

  private async start(uri: string): Promise<void> {
    if (this.running.has(uri)) {
      this.again.add(uri);
      return;
    }
    this.running.add(uri);
    try {
      await this.check(uri);
    } finally {
      this.running.delete(uri);
    }
    if (this.again.delete(uri)) await this.start(uri);
  }
}
