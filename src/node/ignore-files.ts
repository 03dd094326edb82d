import ignore, { type Ignore } from 'ignore';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileSystem } from './io-types.js';
import { readSettingsText } from './read-text.js';
import { IGNORE_FILES, type SettingsFiles } from './settings-files.js';

/** The ignore rules of one folder, with the folder they are relative to. */
interface FolderRules {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * Gitignore rules by where a file is, not by where the run started: each folder's `.gitignore` and
 * `.unmangleignore` apply below it, from the top of the repository (a folder with `.git`, else the root
 * of the file system) down, so `unmangle --write ../` from a subfolder skips what the project ignores.
 * `--ignore-path` files apply relative to the working directory. Each folder is read once, and each keeps
 * the chain of the folders above it that have rules, so a check costs the few folders with rules, not the
 * depth of the path.
 */
export class Ignorer {
  private readonly own = new Map<string, Promise<Ignore | null>>();
  private readonly chains = new Map<string, Promise<readonly FolderRules[]>>();

  private constructor(
    private readonly fs: FileSystem,
    private readonly cwd: string,
    private readonly root: Ignore,
    private readonly settingsFiles: SettingsFiles,
  ) {}

  /** `--ignore-path` files are read first: one that cannot be read stops the run (code EIGNOREPATH). */
  static async create(fs: FileSystem, cwd: string, ignorePaths: readonly string[], describe: (error: unknown) => string, settingsFiles: SettingsFiles): Promise<Ignorer> {
    const root = ignore();
    for (const file of ignorePaths) {
      try {
        root.add(await readSettingsText(fs, resolve(cwd, file)));
      } catch (error) {
        throw Object.assign(new Error(`${file}: ${describe(error)}`), { code: 'EIGNOREPATH' });
      }
    }
    return new Ignorer(fs, cwd, root, settingsFiles);
  }

  /** Whether a path (relative to the working directory, or absolute) is ignored; `isDir` for folders. */
  async ignores(path: string, isDir: boolean): Promise<boolean> {
    const absolute = resolve(this.cwd, path);
    const slash = isDir ? '/' : '';
    const fromCwd = relative(this.cwd, absolute);
    if (fromCwd !== '' && !fromCwd.startsWith('..') && this.root.ignores(fromCwd + slash)) return true;
    for (const { dir, rules } of await this.chainFor(dirname(absolute))) {
      if (rules.ignores(relative(dir, absolute) + slash)) return true;
    }
    return false;
  }

  private chainFor(dir: string): Promise<readonly FolderRules[]> {
    return once(this.chains, dir, () => this.buildChain(dir));
  }

  private async buildChain(dir: string): Promise<readonly FolderRules[]> {
    const top = dirname(dir) === dir || ((await this.settingsFiles.mayHold(dir, '.git')) && (await this.fs.stat(join(dir, '.git')).then(() => true, () => false)));
    const above = top ? [] : await this.chainFor(dirname(dir));
    const rules = await this.rulesIn(dir);
    return rules ? [...above, { dir, rules }] : above;
  }

  private rulesIn(dir: string): Promise<Ignore | null> {
    return once(this.own, dir, () => this.readRules(dir));
  }

  private async readRules(dir: string): Promise<Ignore | null> {
    let rules: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      if (!(await this.settingsFiles.mayHold(dir, name))) continue;
      const file = join(dir, name);
      let text;
      try {
        text = await readSettingsText(this.fs, file);
      } catch (error) {
        // None here is the usual case; one that cannot be read (a link to /dev/zero) stops the run.
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        throw Object.assign(new Error(`${file}`), { code: 'EIGNOREFILE', cause: error });
      }
      rules ??= ignore();
      rules.add(text);
    }
    return rules;
  }
}

/** The value made for `key` the first time it is asked for. */
function once<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}
