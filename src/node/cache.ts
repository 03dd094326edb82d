import { relative, resolve } from 'node:path';
import type { Result } from '../core/types.js';
import type { UnmangleOptions } from '../unmangler.js';
import { nodeCrypto } from './builtins.js';
import { describeError } from './describe-error.js';
import type { FileSystem } from './io-types.js';
import { pathFromFolderOf } from './paths.js';

const FORMAT_VERSION = 1;
const MAX_CACHE_BYTES = 200_000_000;

/**
 * `--cache`: the files a run found clean, each under a key made of its text and of everything that decides
 * how it is cleaned (unmangle's version, the settings that apply to it, the text of its glossaries, the
 * syntax asked for), so a file is skipped only while none of that changed: its content is hashed, never
 * judged by its time. A file with a change or a suggestion is never recorded, so it is cleaned, and
 * reported, every time. The cache is one JSON file written atomically at the end of a run; one that cannot
 * be read is ignored with a warning, since a cache must never be what stops a CI job.
 */
export class CleanCache {
  private readonly digests = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly version: string,
    private readonly files: Map<string, string>,
  ) {}

  /** The cache at `named` (relative to `cwd`); missing, it starts empty. */
  static async open(named: string, cwd: string, version: string, fs: FileSystem, warn: (message: string) => void): Promise<CleanCache> {
    const file = resolve(cwd, named);
    const files = new Map<string, string>();
    try {
      const { bytes } = await fs.readFile(file, { maxBytes: MAX_CACHE_BYTES, regularOnly: true });
      const document = JSON.parse(new TextDecoder().decode(bytes)) as { version?: unknown; files?: unknown };
      if (document?.version !== FORMAT_VERSION || typeof document.files !== 'object' || document.files === null) throw new Error('not a cache unmangle wrote');
      for (const [path, key] of Object.entries(document.files)) if (typeof key === 'string') files.set(path, key);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') warn(`cache ${named}: ${reason(error)}: ignored, every file is checked`);
      files.clear();
    }
    return new CleanCache(file, cwd, version, files);
  }

  /** The key a file's text is recorded under with these settings (`settingsKey` names them; see settings.ts). */
  keyOf(settingsKey: string, options: UnmangleOptions, syntax: string, text: string): string {
    const memo = `${settingsKey}\0${syntax}`;
    let digest = this.digests.get(memo);
    if (digest === undefined) {
      const glossaries = (options.glossaries ?? []).map((glossary) => [glossary.file, glossary.text]);
      digest = sha256(JSON.stringify([this.version, settingsKey, syntax, glossaries]));
      this.digests.set(memo, digest);
    }
    return sha256(`${digest}\0${text}`);
  }

  /** Whether the file was found clean under this very key. */
  isClean(path: string, key: string): boolean {
    return this.files.get(this.entry(path)) === key;
  }

  /** Record the file as clean under its key, or forget it: only a result with nothing to say is kept. */
  record(path: string, key: string, result: Result): void {
    const entry = this.entry(path);
    const clean = result.output === result.input && result.changes.length === 0 && result.suggestions.length === 0;
    if (clean && this.files.get(entry) !== key) this.files.set(entry, key);
    else if (!clean && this.files.has(entry)) this.files.delete(entry);
    else return;
    this.changed = true;
  }

  /** Write the cache if it changed; a failure is a warning, not an error. */
  async save(fs: FileSystem, warn: (message: string) => void): Promise<void> {
    if (!this.changed) return;
    const files = Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    try {
      await fs.writeOwnFile(this.file, new TextEncoder().encode(JSON.stringify({ version: FORMAT_VERSION, files }) + '\n'));
    } catch (error) {
      warn(`cache ${relative(this.cwd, this.file)}: could not be written (${reason(error)})`);
    }
  }

  /** A file's entry: its path from the cache's folder, so the cache works from any working directory. */
  private entry(path: string): string {
    return pathFromFolderOf(this.file, this.cwd, path);
  }
}

function sha256(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('hex');
}

/** One line: why the cache could not be used. */
function reason(error: unknown): string {
  if (error instanceof SyntaxError) return 'not valid JSON';
  return (error as { code?: string }).code ? describeError(error) : (error as Error).message;
}
