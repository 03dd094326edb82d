/**
 * Bundles the command line into dist/bundle/: `npm run build:cli`, and `npm install` through `build`.
 * Loaded module by module, a one-line run resolved, read, compiled and linked ~150 of them, half its
 * start-up; bundled into one script, it is compiled from V8's code cache (src/node/bundle-loader.ts),
 * which this build makes by running the executable once. Every `import()` of the source stays lazy: the
 * module it names is bundled but runs only when imported (Markdown, YAML, the review, learn, serve); the
 * language server's libraries, for `unmangle lsp` alone, are left to node_modules.
 *
 * The bundle sits in dist/bundle/, one folder below dist/ like dist/cli/, so the paths the code finds
 * from `import.meta.url` hold in it too: `../node/worker-entry.js` (the pool's worker), the word list
 * `../data/english-words.generated.js` (tsc's output, read as text), `../../package.json`, `../../dist-web/`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const BUNDLE_FILE = 'unmangle.cjs';
/** What the build's first run cleans, so the cache holds the code of every fixer's usual path. */
const FIRST_RUN = 'It was was a honest mistake in Al Salvador.\n';

export async function buildCli(): Promise<{ bytes: number; cacheBytes: number }> {
  const outDir = join(ROOT, 'dist/bundle');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(ROOT, 'src/cli/bin.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: join(outDir, BUNDLE_FILE),
    write: false,
    absWorkingDir: ROOT,
    logLevel: 'warning',
    plugins: [jsonAsParse],
    external: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-uri'],
    // One function of CommonJS's arguments and the bundle's URL, strict as the modules it was made of.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: '(function (exports, require, module, __filename, __dirname, __bundleUrl) {\n"use strict";' },
    footer: { js: '})' },
  });
  const text = asciiOnly(result.outputFiles[0]!.text);
  writeFileSync(join(outDir, BUNDLE_FILE), text, 'latin1');
  const sha256 = createHash('sha256').update(text, 'latin1').digest('hex');
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify({ file: BUNDLE_FILE, sha256 })}\n`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/unmangle.js')], { input: FIRST_RUN, encoding: 'utf8', cwd: ROOT });
  if (run.status !== 0 || !run.stdout.startsWith('It was an honest mistake')) throw new Error(`the bundle's first run failed: ${run.stderr}`);
  const cache = readdirSync(outDir).find((name) => name.endsWith('.cache'));
  if (!cache) throw new Error('the first run wrote no code cache');
  return { bytes: text.length, cacheBytes: readFileSync(join(outDir, cache)).length };
}

/**
 * The bundle with every character beyond ASCII written `\uXXXX`, so the loader reads it as Latin-1 (1 ms)
 * rather than decoding UTF-8 into a two-byte string (7 ms). esbuild escapes them in strings and names; those
 * left are in comments and regular expression literals, where the escape means the same, and in raw
 * templates, where it would not: there the source must escape them itself.
 */
function asciiOnly(text: string): string {
  const raw = [...text.matchAll(/String\.raw`(?:[^`\\]|\\.)*`/g)].find(([template]) => /[^\x00-\x7f]/.test(template));
  if (raw) throw new Error(`a String.raw template has characters beyond ASCII: write them as \\u escapes (${raw[0].slice(0, 80)})`);
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes: string, char: string) => {
    // `\’` in a pattern is the character itself; `\\u2019` would be a backslash and "u2019".
    if (slashes.length % 2 === 1) throw new Error(`a character beyond ASCII is escaped by a backslash: ${JSON.stringify(char)}`);
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The data files as `JSON.parse` of their text: V8 reads a JSON string faster than it compiles the same
 * data as an object literal (4–5 ms for the ~400 KB of names and contexts, where there is no code cache).
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});\n`, loader: 'js' };
    });
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, cacheBytes } = await buildCli();
  process.stdout.write(`dist/bundle/ built: ${(bytes / 1e6).toFixed(1)} MB, its code cache ${(cacheBytes / 1e6).toFixed(1)} MB\n`);
}
