import { InvalidArgumentError } from 'commander';
import { UsageError } from '../core/errors.js';
import { fnv1a } from '../core/search.js';
import { describeError } from '../node/describe-error.js';
import type { CliIo } from '../node/io-types.js';
import type { SettingsFiles } from '../node/settings-files.js';
import type { CliOptions } from './options.js';
import { printableName } from './printable.js';
import { findTargets, type FailedInput, type Target } from './targets.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A list of paths for --files-from is read whole: 64 MB is some 500,000 long paths. */
const MAX_LIST_BYTES = 64_000_000;

/** `K/N` with 1 ≤ K ≤ N, as --shard takes it (GitHub's matrix counts from 1, Kubernetes' index from 0: add 1). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected K/N with 1 <= K <= N, e.g. 2/4');
  return { index, count };
}

/** The targets of this run: the paths named and listed (--files-from), found, then only this --shard's. */
export async function findShardTargets(options: CliOptions, io: CliIo, settingsFiles: SettingsFiles): Promise<{ targets: Target[]; failedInputs: FailedInput[] }> {
  const paths = await pathsToRun(options.filesFrom, options.paths, io);
  if (paths === null) return { targets: [], failedInputs: [] };
  // Standard input has no path to hash: every shard would check it, so N shards would report it N times.
  if (options.shard && (paths.length === 0 || paths.includes('-'))) throw new UsageError('--shard splits files; standard input cannot be split: name files, or leave --shard out');
  return findTargets({ ...options, paths }, io, settingsFiles, inShard(options.shard));
}

/**
 * The paths to run on: those named, and those a --files-from list gives (relative to the working
 * directory). A list holding a NUL byte is NUL-separated, as `git ls-files -z` and `find -print0` write
 * it, else one path a line; every listed path is a file, `-` too. Null: a list was given and is empty,
 * so there is nothing to do (not stdin).
 */
export async function pathsToRun(filesFrom: string | undefined, paths: readonly string[], io: CliIo): Promise<readonly string[] | null> {
  if (filesFrom === undefined) return paths;
  if (filesFrom === '-' && paths.includes('-')) throw new UsageError('--files-from - reads standard input: it cannot be an input too');
  let bytes: Uint8Array;
  try {
    bytes = filesFrom === '-' ? await io.readStdin(MAX_LIST_BYTES) : (await io.fs.readFile(filesFrom, { maxBytes: MAX_LIST_BYTES })).bytes;
  } catch (error) {
    throw new UsageError(`--files-from ${printableName(filesFrom)}: ${describeError(error)}`);
  }
  const text = new TextDecoder().decode(bytes);
  // A listed path is always a file: `-` there is a file of that name (from git ls-files), not standard input.
  const listed = (text.includes('\0') ? text.split('\0') : text.split(/\r?\n/)).filter((path) => path !== '').map((path) => (path === '-' ? './-' : path));
  const all = [...paths, ...listed];
  return all.length > 0 ? all : null;
}

/**
 * Whether a path is in shard K of N: the shard its path's hash gives, so every run of the same list splits
 * it the same way, each file lands in exactly one shard, and adding a file moves no other. Paths that gave
 * no file, and the warnings of the walk, are split the same way, so each is said once.
 */
export function inShard(shard: Shard | undefined): (path: string) => boolean {
  if (!shard) return () => true;
  return (path) => fnv1a(path) % shard.count === shard.index - 1;
}
