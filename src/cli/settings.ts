import { relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { UnmangleOptions } from '../unmangler.js';
import { ConfigResolver, merge, parseConfig, type ResolvedConfig } from '../node/config.js';
import { describeError } from '../node/inputs.js';
import type { CliOptions } from './args.js';
import type { CliIo } from '../node/io-types.js';

/** A 10,000-name glossary is under 1 MB: anything past this is a mistake, and parsing it would take long. */
export const MAX_GLOSSARY_BYTES = 10_000_000;

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

  private constructor(
    private readonly cli: CliOptions,
    private readonly io: CliIo,
    private readonly configs: ConfigResolver | null,
    private readonly fixed: ResolvedConfig | null,
  ) {}

  static async create(cli: CliOptions, io: CliIo): Promise<SettingsResolver> {
    if (cli.config === false) return new SettingsResolver(cli, io, null, merge([]));
    if (cli.config !== undefined) {
      const file = resolve(io.cwd, cli.config);
      let text: string;
      try {
        text = new TextDecoder().decode(await io.fs.readFile(file));
      } catch (error) {
        throw new UsageError(`${cli.config}: ${describeError(error)}`);
      }
      return new SettingsResolver(cli, io, null, merge([parseConfig(text, file, cli.config) ?? { file }]));
    }
    return new SettingsResolver(cli, io, new ConfigResolver(io.fs, io.cwd), null);
  }

  /** The merged configuration for a file (null: standard input, configured from the working directory). */
  async configFor(path: string | null): Promise<ResolvedConfig> {
    if (this.fixed) return this.fixed;
    return this.configs!.forFile(path ?? resolve(this.io.cwd, '<stdin>'));
  }

  async forFile(path: string | null): Promise<FileSettings> {
    const config = await this.configFor(path);
    const cli = this.cli;
    const glossaryPaths = [...config.glossaries, ...cli.glossaries.map((file) => resolve(this.io.cwd, file))];
    const settings = {
      glossaries: glossaryPaths,
      only: cli.only ?? config.only,
      skip: cli.skip ?? config.skip,
      builtinNames: cli.builtinNames && (config.builtinNames ?? true),
      fixThreshold: config.fixThreshold,
      suggestThreshold: config.suggestThreshold,
    };
    const key = JSON.stringify(settings);
    const known = this.bySettings.get(key);
    if (known) return known;
    const glossaries = await Promise.all(
      glossaryPaths.map(async (file) => ({ file: relative(this.io.cwd, file) || file, text: await this.glossaryText(file) })),
    );
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

  private glossaryText(file: string): Promise<string> {
    let text = this.glossaryTexts.get(file);
    if (!text) {
      text = this.readGlossary(file);
      this.glossaryTexts.set(file, text);
    }
    return text;
  }

  /** A glossary's text; a missing, unreadable or oversized one is a one-line error naming it. */
  private async readGlossary(file: string): Promise<string> {
    const shown = relative(this.io.cwd, file) || file;
    try {
      const { size } = await this.io.fs.stat(file);
      if (size > MAX_GLOSSARY_BYTES) {
        throw new UsageError(`${shown}: is ${(size / 1e6).toFixed(1)} MB; a glossary over ${MAX_GLOSSARY_BYTES / 1e6} MB is refused (split it, or trim it to the names you need)`);
      }
      return new TextDecoder().decode(await this.io.fs.readFile(file));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${shown}: ${describeError(error)}`);
    }
  }
}
