import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** dist/bundle/, beside this module's dist/node/. */
const FOLDER = fileURLToPath(new URL('../bundle/', import.meta.url));

/** What scripts/build-cli.ts writes beside the bundle: its file, and the SHA-256 of its text. */
interface Manifest {
  readonly file: string;
  readonly sha256: string;
}

/** What the bundle exports (src/cli/bin.ts): the programs it can run. */
export type Program = 'runCli' | 'runWorker';

export interface CompiledBundle {
  readonly script: Script;
  readonly file: string;
  /** Where V8's code cache for this bundle, this Node and this architecture is, or is to be written. */
  readonly cacheFile: string;
  /** Whether there was a cache, and V8 took it. */
  readonly cached: boolean;
  /** Whether there was one V8 refused (other V8 flags): it is left for the runs it serves. */
  readonly refused: boolean;
}

/**
 * The command line's bundle compiled with V8's code cache. Compiling its 2 MB anew took ~30 ms of every
 * start; from the cache V8 takes the code of what a plain run uses (the functions compiled while the build's
 * first run ran included) and compiles the rest only if it runs. The cache is named by the bundle's hash:
 * V8 itself checks only the length of the text, and flags and version, which it refuses a cache for.
 */
export function compileBundle(folder = FOLDER): CompiledBundle {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Manifest;
  const file = join(folder, manifest.file);
  const cacheFile = join(folder, `${manifest.sha256.slice(0, 16)}-node${process.version}-${process.arch}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The build writes it in ASCII: read as Latin-1, it is a one-byte string made in 1 ms rather than 7.
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const had = cachedData !== undefined;
  return { script, file, cacheFile, cached: had && !script.cachedDataRejected, refused: had && script.cachedDataRejected === true };
}

/**
 * Runs one of the bundle's programs. A command line that found no cache for its Node writes one as it
 * exits, where it may write beside the bundle (not in a read-only install: it compiles again next time).
 */
export function runBundle(program: Program, folder = FOLDER): void {
  const bundle = compileBundle(folder);
  if (program === 'runCli' && !bundle.cached && !bundle.refused) process.once('exit', () => writeCache(bundle));
  // The bundle is one function of CommonJS's arguments and its own URL (scripts/build-cli.ts).
  const body = bundle.script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as Record<Program, () => Promise<void>> };
  body(module.exports, createRequire(bundle.file), module, bundle.file, dirname(bundle.file), pathToFileURL(bundle.file).href);
  void module.exports[program]();
}

/** The cache as the run leaves it (what it compiled included), written whole or not at all. */
function writeCache({ script, cacheFile }: CompiledBundle): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData(), { flag: 'wx' });
    renameSync(temp, cacheFile);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never made.
    }
  }
}
