import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { FileSystem } from './io-types.js';
import { describeError } from './describe-error.js';
import type { ConfigFile, GlossaryRef, InteractiveSettings, Settings } from './config-schema.js';
import { readSettingsText } from './read-text.js';
import { CONFIG_FILES, type SettingsFiles } from './settings-files.js';

export type { ConfigFile, GlossaryRef, InteractiveSettings } from './config-schema.js';

export { CONFIG_FILES } from './settings-files.js';

/** The configuration that applies to one file: every config from the outermost in, merged. */
export interface ResolvedConfig extends Settings {
  /** The config files it came from, outermost first. */
  readonly files: readonly string[];
  /** Glossaries of every config on the way, outermost first. */
  readonly glossaries: readonly GlossaryRef[];
  readonly interactive?: InteractiveSettings;
}

/**
 * Finds the configuration for each file: the nearest config file and those above it, up to one that says
 * `root: true`. An inner config's settings win over an outer one's; glossaries add up, so a folder can carry
 * its own glossary on top of the newsroom's. Folders are read once.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<ConfigFile | null>>();

  constructor(
    private readonly fs: FileSystem,
    private readonly cwd: string,
    private readonly settingsFiles: SettingsFiles,
  ) {}

  /** The configuration for a file, by its path. */
  async forFile(path: string): Promise<ResolvedConfig> {
    const chain: ConfigFile[] = [];
    for (let dir = dirname(resolve(this.cwd, path)); ; dir = dirname(dir)) {
      const config = await this.inDir(dir);
      if (config) {
        chain.unshift(config);
        if (config.root) break;
      }
      if (dirname(dir) === dir) break;
    }
    return merge(chain);
  }

  private inDir(dir: string): Promise<ConfigFile | null> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.load(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  private async load(dir: string): Promise<ConfigFile | null> {
    for (const name of CONFIG_FILES) {
      if (!(await this.settingsFiles.mayHold(dir, name))) continue;
      const file = join(dir, name);
      const shown = relative(this.cwd, file) || file;
      let text: string;
      try {
        text = await readSettingsText(this.fs, file);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') continue;
        // A config that is there but cannot be read (a link to /dev/zero) is not silently passed over.
        throw new UsageError(`${shown}: ${describeError(error)}`);
      }
      // A package.json says nothing to unmangle without its key: YAML's parser is not loaded for it.
      if (name === 'package.json' && !hasUnmangleKey(text)) continue;
      const { parseConfig } = await import('./config-schema.js');
      const config = parseConfig(text, file, shown);
      if (config) return config;
    }
    return null;
  }
}

/**
 * Whether a package.json has a top-level "unmangle" key. One that lists unmangle as a dependency names it
 * too, so the text is read as JSON (fast) rather than searched; JSON that does not parse goes on to the
 * config parser, whose error names the line.
 */
function hasUnmangleKey(text: string): boolean {
  if (!text.includes('"unmangle"')) return false;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data !== 'object' || data === null || Object.hasOwn(data, 'unmangle');
  } catch {
    return true;
  }
}

/** Merge a chain of configs, outermost first. */
export function merge(chain: readonly ConfigFile[]): ResolvedConfig {
  let resolved: ResolvedConfig = { files: [], glossaries: [] };
  for (const config of chain) {
    const { file, glossaries, root: _root, ...settings } = config;
    resolved = { ...resolved, ...settings, files: [...resolved.files, file], glossaries: [...resolved.glossaries, ...(glossaries ?? [])] };
  }
  return resolved;
}

/** Show a resolved config with paths relative to `cwd`, for --print-config. */
export function describeConfig(config: ResolvedConfig, cwd: string): string {
  const shown = {
    ...config,
    files: config.files.map((file) => relative(cwd, file)),
    glossaries: config.glossaries.map((glossary) => relative(cwd, glossary.path)),
  };
  return JSON.stringify(shown, null, 2) + '\n';
}
