#!/usr/bin/env node
// The executable: src/cli/bin.ts, bundled into dist/bundle/ by `npm install` (scripts/build-cli.ts).
import '../dist/bundle/unmangle.js';
