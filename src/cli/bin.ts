/**
 * What the bundle of the command line runs (scripts/build-cli.ts bundles this module into dist/bundle/,
 * and node/bundle-loader.ts calls one of these): the executable's body, or a worker thread of the pool.
 * Every byte still goes through `main`'s `io`; here are only the process's own ends.
 */
import { main } from './main.js';
import { nodeIo } from '../node/io.js';
import { installInterruptHandlers } from '../node/interrupt.js';

export async function runCli(): Promise<void> {
  // A reader that stops early (`unmangle big.txt | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  installInterruptHandlers((text) => process.stderr.write(text));
  process.exitCode = await main(process.argv.slice(2), nodeIo());
  exitOnceWritten(process.exitCode);
}

/** A worker thread of the pool (node/pool.ts starts them): it listens once its module is loaded. */
export async function runWorker(): Promise<void> {
  await import('../node/worker.js');
}

/**
 * Ends the process as soon as what it wrote is out. `main` has awaited all its work (the language server's
 * never ends), but a process left to end by itself first waits for V8's pending garbage collection and
 * compiling: 15 to 30 ms of a one-line run.
 */
function exitOnceWritten(code: number): void {
  let open = 2;
  const written = (): void => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
