/**
 * The executable's body: bin/unmangle.js imports it as bundled by scripts/build-cli.ts (dist/bundle/).
 * Every byte still goes through `main`'s `io`; here are only the process's own ends.
 */
import { main } from './main.js';
import { nodeIo } from '../node/io.js';
import { installInterruptHandlers } from '../node/interrupt.js';

// A reader that stops early (`unmangle big.txt | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
installInterruptHandlers((text) => process.stderr.write(text));
process.exitCode = await main(process.argv.slice(2), nodeIo());
