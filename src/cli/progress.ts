import type { CliIo } from '../node/io-types.js';

const DELAY_MS = 1000;
const EVERY_MS = 100;
const WIDTH = 30;

/**
 * A progress bar on stderr for long runs: only on a terminal, never in CI, and only once a run has taken a
 * second, so short runs and logs stay clean.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  private readonly enabled: boolean;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    quiet: boolean,
  ) {
    this.enabled = io.stderrIsTTY && !io.env['CI'] && !quiet && total > 1;
  }

  tick(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.lastDraw < EVERY_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    const filled = Math.round((done / this.total) * WIDTH);
    this.io.writeErr(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${this.total} files`);
  }

  done(): void {
    if (this.drawn) this.io.writeErr(`\r${' '.repeat(WIDTH + 30)}\r`);
  }
}
