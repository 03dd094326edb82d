import type { FileSystem } from './io-types.js';

/** The ignore files of a folder. */
export const IGNORE_FILES = ['.gitignore', '.unmangleignore'];
/** Config file names, looked for in this order in each folder. */
export const CONFIG_FILES = ['unmangle.config.json', 'unmangle.config.yaml', 'unmangle.config.yml', '.unmanglerc', 'package.json'];

/**
 * Which of the names that matter for settings (ignore files, config files, `.git`) each folder holds, from
 * one listing of the folder: a folder walk hands over the listing it made anyway, and a folder outside the
 * walk is listed once. Looking for seven names by opening each would cost seven failed opens per folder,
 * each resolving the whole path: a file 1,500 folders deep took seconds.
 */
export class SettingsFiles {
  private readonly byDir = new Map<string, Promise<ReadonlySet<string> | null>>();
  private readonly names = new Set([...IGNORE_FILES, ...CONFIG_FILES, '.git']);

  /** One per run, shared by the walk, the ignore files and the config files: listings are not kept longer. */
  constructor(private readonly fs: FileSystem) {}

  /** A folder's entry names, as the walk read them (`dir` absolute). */
  seed(dir: string, entryNames: readonly string[]): void {
    if (!this.byDir.has(dir)) this.byDir.set(dir, Promise.resolve(this.keep(entryNames)));
  }

  /**
   * Whether `dir` may hold `name`: false only when its listing says it does not. A folder that cannot be
   * listed (search permission without read) may still hold it: the caller opens it to see.
   */
  async mayHold(dir: string, name: string): Promise<boolean> {
    let listing = this.byDir.get(dir);
    if (!listing) {
      listing = this.fs.readdir(dir).then(
        (entries) => this.keep(entries.map((entry) => entry.name)),
        () => null,
      );
      this.byDir.set(dir, listing);
    }
    const found = await listing;
    return found === null || found.has(name);
  }

  private keep(entryNames: readonly string[]): ReadonlySet<string> {
    return new Set(entryNames.filter((name) => this.names.has(name)));
  }
}

