#!/usr/bin/env node
// The executable: everything else lives in dist/ (built from src/ by `npm install`).
import { main } from '../dist/cli/main.js';
import { nodeIo } from '../dist/node/io.js';
import { installInterruptHandlers } from '../dist/node/interrupt.js';

// A reader that stops early (`unmangle big.txt | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
installInterruptHandlers((text) => process.stderr.write(text));
process.exitCode = await main(process.argv.slice(2), nodeIo());
