import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { UnmangleOptions } from '../unmangler.js';
import { ConfigResolver, merge, type GlossaryRef, type ResolvedConfig } from '../node/config.js';
import { isOutside } from '../node/paths.js';
import { describeError } from '../node/describe-error.js';
import { MAX_SETTINGS_FILE_BYTES, readSettingsText } from '../node/read-text.js';
import type { SettingsFiles } from '../node/settings-files.js';
import type { CliOptions } from './args.js';
import type { CliIo } from '../node/io-types.js';

/** The options one file is cleaned with, and a key that is equal for equal options. */
export interface FileSettings {
  readonly key: string;
  readonly options: UnmangleOptions;
}

/**
 * Works out what applies to each file: its config files (or the one given with --config, or none with
 * --no-config), with the command line's flags on top and its glossaries added. Glossaries are read once.
 */
export class SettingsResolver {
  private readonly glossaryTexts = new Map<string, Promise<string>>();
  private readonly bySettings = new Map<string, FileSettings>();
  /** Glossaries the run took on after it started (--interactive): used as if named with --glossary. */
  private readonly added: string[] = [];
  /** Counts the glossaries changed during the run: a changed glossary is another pipeline, so another key. */
  private edition = 0;

  private constructor(
    private readonly cli: CliOptions,
    private readonly io: CliIo,
    private readonly configs: ConfigResolver | null,
    private readonly fixed: ResolvedConfig | null,
  ) {}

  static async create(cli: CliOptions, io: CliIo, settingsFiles: SettingsFiles): Promise<SettingsResolver> {
    if (cli.config === false) return new SettingsResolver(cli, io, null, merge([]));
    if (cli.config !== undefined) {
      const file = resolve(io.cwd, cli.config);
      let text: string;
      try {
        text = await readSettingsText(io.fs, file);
      } catch (error) {
        throw new UsageError(`${cli.config}: ${describeError(error)}`);
      }
      const { parseConfig } = await import('../node/config-schema.js');
      return new SettingsResolver(cli, io, null, merge([parseConfig(text, file, cli.config) ?? { file }]));
    }
    return new SettingsResolver(cli, io, new ConfigResolver(io.fs, io.cwd, settingsFiles), null);
  }

  /** The merged configuration for a file (null: standard input, configured from the working directory). */
  async configFor(path: string | null): Promise<ResolvedConfig> {
    if (this.fixed) return this.fixed;
    return this.configs!.forFile(path ?? resolve(this.io.cwd, '<stdin>'));
  }

  async forFile(path: string | null): Promise<FileSettings> {
    const config = await this.configFor(path);
    const cli = this.cli;
    const fromCli = this.cliGlossaries();
    const settings = {
      edition: this.edition,
      glossaries: [...config.glossaries.map((glossary) => glossary.path), ...fromCli],
      only: cli.only ?? config.only,
      skip: cli.skip ?? config.skip,
      builtinNames: cli.builtinNames && (config.builtinNames ?? true),
      fixThreshold: config.fixThreshold,
      suggestThreshold: config.suggestThreshold,
    };
    const key = JSON.stringify(settings);
    const known = this.bySettings.get(key);
    if (known) return known;
    for (const glossary of config.glossaries) await this.checkInside(glossary);
    const refs = [...config.glossaries, ...fromCli.map((file) => ({ path: file }))];
    const glossaries = await Promise.all(refs.map(async (ref) => ({ file: this.shown(ref.path), text: await this.glossaryText(ref) })));
    const options: UnmangleOptions = {
      glossaries,
      builtinNames: settings.builtinNames,
      ...(settings.only && { only: settings.only }),
      ...(settings.skip && { skip: settings.skip }),
      ...(settings.fixThreshold !== undefined && { fixThreshold: settings.fixThreshold }),
      ...(settings.suggestThreshold !== undefined && { suggestThreshold: settings.suggestThreshold }),
    };
    const resolved = { key, options };
    this.bySettings.set(key, resolved);
    return resolved;
  }

  /** The glossaries that apply to a file, by path: its configs' (outermost first), then the command line's. */
  async glossariesFor(path: string): Promise<{ readonly fromConfigs: readonly GlossaryRef[]; readonly fromCli: readonly string[] }> {
    const config = await this.configFor(path);
    return { fromConfigs: config.glossaries, fromCli: this.cliGlossaries() };
  }

  private cliGlossaries(): string[] {
    return [...this.cli.glossaries.map((file) => resolve(this.io.cwd, file)), ...this.added];
  }

  /** From the next file on, also use this glossary (one the run created or was told to add to). */
  addGlossary(path: string): void {
    if (!this.added.includes(path)) this.added.push(path);
    this.edition++;
  }

  /** A glossary was rewritten: read it again and compile anew for the files still to come. */
  glossaryChanged(path: string): void {
    this.glossaryTexts.delete(path);
    this.edition++;
  }

  /**
   * A config may name only glossaries in its own folder or below, links resolved: a repository's config
   * must not make unmangle read `/etc/shadow`. The command line may name any, and may allow a config to.
   */
  private async checkInside(glossary: GlossaryRef): Promise<void> {
    if (this.cli.allowOutsideGlossaries) return;
    const refuse = (): never => {
      throw new UsageError(
        `${glossary.config}:${glossary.line}: glossary ${this.shown(glossary.path)} is outside the config's folder: refused (name it with --glossary, or pass --allow-outside-glossaries)`,
      );
    };
    if (isOutside(glossary.path, glossary.within)) refuse();
    const real = await this.io.fs.realpath(glossary.path).catch(() => null);
    // A missing glossary is reported when it is read, with the config that names it.
    if (real !== null && isOutside(real, await this.io.fs.realpath(glossary.within))) refuse();
  }

  private shown(file: string): string {
    return relative(this.io.cwd, file) || file;
  }

  private glossaryText(ref: Pick<GlossaryRef, 'path'> & Partial<GlossaryRef>): Promise<string> {
    let text = this.glossaryTexts.get(ref.path);
    if (!text) {
      text = this.readGlossary(ref);
      this.glossaryTexts.set(ref.path, text);
    }
    return text;
  }

  /** A glossary's text; a missing, unreadable or oversized one is a one-line error naming it and its config. */
  private async readGlossary(ref: Pick<GlossaryRef, 'path'> & Partial<GlossaryRef>): Promise<string> {
    const named = ref.config ? `${ref.config}:${ref.line}: glossary ${this.shown(ref.path)}` : this.shown(ref.path);
    try {
      return await readSettingsText(this.io.fs, ref.path);
    } catch (error) {
      if ((error as { code?: string }).code === 'EFBIG') {
        throw new UsageError(`${named}: is over ${MAX_SETTINGS_FILE_BYTES / 1e6} MB; a glossary that large is refused (split it, or trim it to the names you need)`);
      }
      throw new UsageError(`${named}: ${describeError(error)}`);
    }
  }
}
