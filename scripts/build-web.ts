/**
 * Builds the review page (web/) into dist-web/: `npm run build:web`, and `npm install` through `build`.
 * esbuild bundles the page and the worker apart, so the page's thread never loads the library; every file
 * but index.html is named by its content, so a host may let browsers keep it for good (`unmangle serve`
 * does): the worker, which holds the lexicon, loads once. Prints each file's size, raw and gzipped.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';

export interface BuiltFile {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export async function buildWeb(outDir = join(ROOT, 'dist-web')): Promise<BuiltFile[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
  // Markdown's entity decoder has a DOM build for windows ("browser") and a plain one for workers.
  const worker = await build({ ...common, entryPoints: { worker: join(ROOT, 'web/worker.ts') }, conditions: ['worker'] });
  const page = await build({
    ...common,
    entryPoints: { page: join(ROOT, 'web/page.ts'), style: join(ROOT, 'web/style.css') },
    define: { WORKER_URL: JSON.stringify(`./${outputName(worker.metafile!, 'worker')}`) },
  });
  const html = readFileSync(join(ROOT, 'web/index.html'), 'utf8')
    .replace('href="style.css"', `href="${outputName(page.metafile!, 'style')}"`)
    .replace('src="page.js"', `src="${outputName(page.metafile!, 'page')}"`);
  writeFileSync(join(outDir, 'index.html'), html);
  const names = ['index.html', outputName(page.metafile!, 'page'), outputName(page.metafile!, 'style'), outputName(worker.metafile!, 'worker')];
  return names.map((name) => {
    const content = readFileSync(join(outDir, name));
    return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

/** The file esbuild wrote for an entry point (`page` → `page-HASH.js`). */
function outputName(metafile: Metafile, entry: string): string {
  const name = Object.keys(metafile.outputs).map((path) => basename(path)).find((file) => file.startsWith(`${entry}-`));
  if (!name) throw new Error(`esbuild wrote no file for ${entry}`);
  return name;
}

/** A README table row per file: `| page-ABC.js | 21.3 kB | 7.1 kB |`. */
export function sizeTable(files: readonly BuiltFile[]): string {
  const kB = (bytes: number): string => `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
  const rows = files.map((file) => `| \`${file.name.replace(/-[A-Z0-9]{8}\./, '.')}\` | ${kB(file.bytes)} | ${kB(file.gzipBytes)} |`);
  return ['| file | size | gzipped |', '| --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(`dist-web/ built:\n${sizeTable(files)}\n`);
}
