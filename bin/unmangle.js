#!/usr/bin/env node
// The executable: src/cli/bin.ts, bundled into dist/bundle/ by `npm install` (scripts/build-cli.ts) and run
// with V8's code cache (src/node/bundle-loader.ts).
import { runBundle } from '../dist/node/bundle-loader.js';

runBundle('runCli');
