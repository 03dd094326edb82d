/**
 * Bundles the command line into dist/bundle/: `npm run build:cli`, and `npm install` through `build`.
 * One file per module costs a run ~150 module loads (resolve, read, compile, link), half its start-up;
 * bundled, a one-line run loads about 25 files. `splitting` keeps every `import()` a chunk of its own, so
 * what loads on demand today (Markdown, YAML, the review, learn, serve, the language server) still does;
 * `dist/bundle/inputs.json` says which modules each file holds (test/startup-imports.test.ts reads it).
 *
 * Every file lands in dist/bundle/ itself, one folder below dist/ like dist/cli/, so the paths the code
 * finds from `import.meta.url` hold in the bundle too: `./worker.js` (the pool's worker, an entry here),
 * `../data/english-words.generated.js` (tsc's output, read as text), `../../package.json`, `../../dist-web/`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export async function buildCli(outDir = join(ROOT, 'dist/bundle')): Promise<Record<string, string[]>> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { unmangle: join(ROOT, 'src/cli/bin.ts'), worker: join(ROOT, 'src/node/worker.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: outDir,
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: 'warning',
    plugins: [jsonAsParse],
    // The CommonJS packages bundled in (commander, picomatch, ignore, …) `require` Node's modules, and the
    // language server's reads `__filename`.
    define: { __filename: 'import.meta.filename', __dirname: 'import.meta.dirname' },
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
  });
  const inputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([file, output]) => [relative(outDir, resolve(ROOT, file)), Object.keys(output.inputs)]),
  );
  writeFileSync(join(outDir, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
  return inputs;
}

/**
 * The data files as `JSON.parse` of their text: V8 reads a JSON string faster than it compiles the same
 * data as an object literal (a few milliseconds of a one-line run for the ~400 KB of names and contexts).
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
  const inputs = await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`dist/bundle/ built: ${Object.keys(inputs).length} files\n`);
}
