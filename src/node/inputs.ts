import picomatch from 'picomatch';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { describeError } from './describe-error.js';
import { escapeUndecodableName } from './file-names.js';
import type { FileSystem } from './io-types.js';
import { Ignorer } from './ignore-files.js';
import type { SettingsFiles } from './settings-files.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.srt', '.vtt'];
/** Never worth walking into, whatever the ignore files say. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}]/;

export interface InputOptions {
  readonly cwd: string;
  /** Extensions (with the dot) taken from folders; files named explicitly are taken whatever they end with. */
  readonly extensions: readonly string[];
  /** More ignore files in gitignore syntax, relative to `cwd`. */
  readonly ignorePaths: readonly string[];
  /** The run's index of settings files: the walk's listings go into it. */
  readonly settingsFiles: SettingsFiles;
}

export interface InputFile {
  /** As the user would write it: relative to the working directory where possible, `/`-separated. */
  readonly path: string;
  /** Named on the command line, not found in a folder: a problem with it is an error, not a warning. */
  readonly explicit: boolean;
}

export interface InputProblem {
  readonly path: string;
  readonly message: string;
  /** Errors make the run exit 2; warnings (an ignored file named explicitly) do not. */
  readonly error: boolean;
}

export interface Inputs {
  readonly files: InputFile[];
  readonly problems: InputProblem[];
}

/**
 * Turn command-line paths into a sorted list of files: files as named, folders walked recursively for the
 * wanted extensions, globs matched. `.gitignore` and `.unmangleignore` (in the working directory and in
 * every folder walked) and `--ignore-path` files are respected; `node_modules` and `.git` are skipped.
 */
export async function collectInputs(args: readonly string[], fs: FileSystem, options: InputOptions): Promise<Inputs> {
  const ignorer = await Ignorer.create(fs, options.cwd, options.ignorePaths, describeError, options.settingsFiles);
  const files = new Map<string, InputFile>();
  const problems: InputProblem[] = [];
  const add = (path: string, explicit: boolean): void => {
    const existing = files.get(path);
    if (!existing || explicit) files.set(path, { path, explicit });
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const matches = await walkGlob(arg, fs, ignorer, options, problems);
      if (matches.length === 0) problems.push({ path: arg, message: 'matches no file', error: true });
      for (const path of matches) add(path, false);
      continue;
    }
    const path = normalize(arg, options.cwd);
    let kind;
    try {
      kind = (await fs.stat(path)).kind;
    } catch (error) {
      const undecodable = (error as { code?: string }).code === 'ENOENT' && (await undecodableNamed(path, fs));
      problems.push(undecodable ? { path: undecodable, message: UNDECODABLE_NAME, error: true } : { path, message: describeError(error), error: true });
      continue;
    }
    if (kind === 'directory') {
      const found = await walk(path, fs, ignorer, options, (name) => options.extensions.some((ext) => name.endsWith(ext)), problems);
      if (found.length === 0 && !problems.some((problem) => problem.path.startsWith(path))) problems.push({ path, message: `has no ${options.extensions.join(', ')} files to clean`, error: true });
      for (const file of found) add(file, false);
    } else if (await ignorer.ignores(path, false)) {
      problems.push({ path, message: 'is ignored (.gitignore, .unmangleignore or --ignore-path): skipped', error: false });
    } else {
      add(path, true);
    }
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}

async function walk(
  dir: string,
  fs: FileSystem,
  ignorer: Ignorer,
  options: InputOptions,
  wanted: (name: string) => boolean,
  problems: InputProblem[],
): Promise<string[]> {
  const found: string[] = [];
  const visit = async (current: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(current);
    } catch (error) {
      // A folder that cannot be read is named; the rest of the walk goes on.
      problems.push({ path: current, message: describeError(error), error: true });
      return;
    }
    options.settingsFiles.seed(resolve(options.cwd, current), entries.map((entry) => entry.name));
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = current === '.' ? entry.name : `${current}/${entry.name}`;
      if (entry.undecodableName) {
        const taken = entry.kind === 'directory' ? !ALWAYS_SKIPPED.has(entry.name) : entry.kind === 'file' && wanted(entry.name);
        if (taken && !(await ignorer.ignores(path, entry.kind === 'directory'))) problems.push({ path: shownUndecodable(current, entry.undecodableName), message: UNDECODABLE_NAME, error: false });
      } else if (entry.kind === 'directory') {
        if (!ALWAYS_SKIPPED.has(entry.name) && !(await ignorer.ignores(path, true))) await visit(path);
      } else if (entry.kind === 'file' && wanted(entry.name) && !(await ignorer.ignores(path, false))) {
        found.push(path);
      }
    }
  };
  await visit(dir);
  return found;
}

async function walkGlob(pattern: string, fs: FileSystem, ignorer: Ignorer, options: InputOptions, problems: InputProblem[]): Promise<string[]> {
  const { base } = picomatch.scan(pattern);
  const matches = picomatch(pattern, { dot: false });
  // A glob whose fixed part does not exist simply matches nothing (reported by the caller).
  const quiet: InputProblem[] = [];
  const found = await walk(base === '' ? '.' : base, fs, ignorer, options, () => true, quiet);
  problems.push(...quiet.filter((problem) => problem.path !== (base === '' ? '.' : base)));
  return found.filter((path) => matches(path));
}

const UNDECODABLE_NAME = 'name is not valid UTF-8: skipped';

function shownUndecodable(dir: string, name: Uint8Array): string {
  return dir === '.' ? escapeUndecodableName(name) : `${dir}/${escapeUndecodableName(name)}`;
}

/**
 * A path from the command line that names no file, where the argument had bytes that are not valid UTF-8
 * (the process receives them as U+FFFD): the file its folder holds under that name, shown escaped, if any.
 */
async function undecodableNamed(path: string, fs: FileSystem): Promise<string | null> {
  if (!path.includes('\uFFFD')) return null;
  const entries = await fs.readdir(dirname(path)).catch(() => []);
  const entry = entries.find((candidate) => candidate.undecodableName && candidate.name === basename(path));
  return entry ? shownUndecodable(dirname(path), entry.undecodableName!) : null;
}

/** A path as the user will read it: relative to the working directory when inside it, `/`-separated. */
export function normalize(path: string, cwd: string): string {
  const inside = isAbsolute(path) ? relative(cwd, path) : path;
  const shown = !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
  return shown.split(sep).join('/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}
