import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../src/index.js';

/**
 * The library runs anywhere JavaScript does: bundled for the browser platform (where esbuild refuses
 * `node:` modules and Node built-ins), and run in a fresh V8 context that has no Node globals at all —
 * no process, Buffer, require, timers or TextDecoder — it cleans the seed as it does in Node.
 */
describe('the library, bundled for a browser', () => {
  it('builds with no Node module and cleans the seed in a bare V8 context', async () => {
    const bundle = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      // As for a Web Worker, where the page will run it: Markdown's entity decoder has a DOM build for
      // the main thread ("browser") and a plain one for workers, edge runtimes and Deno.
      conditions: ['worker'],
      format: 'iife',
      globalName: 'unmangleLibrary',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const seed = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');
    const context = createContext({ seed });
    expect(runInContext('[typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof TextDecoder].join()', context)).toBe('undefined,undefined,undefined,undefined,undefined');
    runInContext(code, context);
    const inBundle = runInContext('JSON.stringify(unmangleLibrary.unmangle(seed))', context) as string;
    const inNode = unmangle(seed);
    expect(inNode.changes.length).toBeGreaterThan(10);
    expect(JSON.parse(inBundle)).toEqual(JSON.parse(JSON.stringify(inNode)));
    // Markdown and subtitles too: their parsers are part of the bundle.
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nThe the end.\n';
    expect(runInContext(`unmangleLibrary.unmangle(${JSON.stringify(srt)}, { syntax: 'srt' }).output`, context)).toBe(unmangle(srt, { syntax: 'srt' }).output);
  }, 60_000);
});
