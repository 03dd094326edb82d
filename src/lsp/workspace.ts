import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs, type CliOptions } from '../cli/args.js';
import { SettingsResolver, type FileSettings } from '../cli/settings.js';
import { CONFIG_FILES, type ResolvedConfig } from '../node/config.js';
import type { CliIo } from '../node/io-types.js';
import { nodeFileSystem } from '../node/io.js';
import { SettingsFiles } from '../node/settings-files.js';
import type { ClientSettings } from './client-settings.js';

/**
 * The settings of each document, found exactly as the command line finds a file's (`SettingsResolver`:
 * config files from the document's folder up, glossaries read once), with the client's settings as its
 * flags. Everything read is cached until `reload`, which a changed config or glossary calls.
 */
export class Workspace {
  /** Bumped by every reload: a result cleaned under older settings is not published. */
  generation = 0;
  private resolver: Promise<SettingsResolver> | null = null;
  /** The config files and glossaries read since the last reload, each as it was then: a change to one reloads. */
  private readonly read = new Map<string, Promise<string>>();

  constructor(
    readonly root: string,
    private settings: ClientSettings,
  ) {}

  /** New client settings: everything is found again with them. */
  configure(settings: ClientSettings): void {
    this.settings = settings;
    this.reload();
  }

  get clientSettings(): ClientSettings {
    return this.settings;
  }

  reload(): void {
    this.generation++;
    this.resolver = null;
    this.read.clear();
  }

  /** The merged config of a document (null: one with no file, configured from the workspace folder). */
  async configFor(path: string | null): Promise<ResolvedConfig> {
    const config = await (await this.resolverNow()).configFor(path);
    for (const file of config.files) this.remember(file);
    for (const glossary of config.glossaries) this.remember(glossary.path);
    return config;
  }

  /** The options a document is cleaned with, and their key; throws a UsageError for a bad config. */
  async forFile(path: string | null): Promise<FileSettings> {
    await this.configFor(path);
    const found = await (await this.resolverNow()).forFile(path);
    const { fixThreshold, suggestThreshold } = this.settings;
    if (fixThreshold === undefined && suggestThreshold === undefined) return found;
    return {
      key: JSON.stringify([found.key, fixThreshold, suggestThreshold]),
      options: {
        ...found.options,
        ...(fixThreshold !== undefined && { fixThreshold }),
        ...(suggestThreshold !== undefined && { suggestThreshold }),
      },
    };
  }

  /** The client's own glossaries, absolute. */
  clientGlossaries(): string[] {
    return (this.settings.glossaries ?? []).map((file) => resolve(this.root, file));
  }

  /** Whether a change to `path` can change any document's settings. */
  isSettingsFile(path: string): boolean {
    return CONFIG_FILES.includes(basename(path)) || this.read.has(path);
  }

  /**
   * Whether a settings file read since the last reload has changed on disk since (its size or time): for
   * clients that do not watch files, checked before each document is. A few `stat` calls.
   */
  async changedOnDisk(): Promise<boolean> {
    const files = [...this.read];
    const now = await Promise.all(files.map(([path]) => signature(path)));
    const then = await Promise.all(files.map(([, was]) => was));
    return now.some((sign, i) => sign !== then[i]);
  }

  private remember(path: string): void {
    if (!this.read.has(path)) this.read.set(path, signature(path));
  }

  private resolverNow(): Promise<SettingsResolver> {
    if (!this.resolver) {
      const cli = this.cliOptions();
      for (const file of this.clientGlossaries()) this.remember(file);
      if (typeof cli.config === 'string') this.remember(resolve(this.root, cli.config));
      this.resolver = SettingsResolver.create(cli, this.io(), new SettingsFiles(nodeFileSystem));
      // A config given by the client that cannot be read fails every document until it is fixed.
      this.resolver.catch(() => {});
    }
    return this.resolver;
  }

  /** The client's settings as the command line's flags, on the command line's defaults. */
  private cliOptions(): CliOptions {
    const parsed = parseArgs([], '', { writeOut: () => {}, writeErr: () => {} });
    if (parsed.kind !== 'run') throw new Error('the default command line did not parse');
    const s = this.settings;
    return {
      ...parsed.options,
      glossaries: s.glossaries ?? [],
      only: s.only,
      skip: s.skip,
      builtinNames: s.builtinNames ?? true,
      allowOutsideGlossaries: s.allowOutsideGlossaries ?? false,
      config: s.config,
    };
  }

  /** The file system as the CLI reads it; nothing may reach stdout, which carries the protocol. */
  private io(): CliIo {
    return {
      fs: nodeFileSystem,
      readStdin: () => Promise.reject(new Error('the language server reads no standard input')),
      writeOut: () => {},
      writeErr: () => {},
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: this.root,
    };
  }
}

/** What says a file changed: its size and modification time (or that it is not there). */
function signature(path: string): Promise<string> {
  return stat(path).then(
    (stats) => `${stats.size}:${stats.mtimeMs}`,
    () => 'none',
  );
}
