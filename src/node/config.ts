import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { FileSystem } from './io-types.js';
import type { UnmangleOptions } from '../unmangler.js';

/** Config file names, looked for in this order in each folder. */
export const CONFIG_FILES = ['unmangle.config.json', 'unmangle.config.yaml', 'unmangle.config.yml', '.unmanglerc', 'package.json'];

/** The settings a config file shares with the library's options. */
type Settings = Pick<UnmangleOptions, 'only' | 'skip' | 'builtinNames' | 'fixThreshold' | 'suggestThreshold'>;

/** What a config file may say. */
export interface ConfigFile extends Settings {
  readonly file: string;
  /** Glossary paths, resolved against the config file's folder. */
  readonly glossaries?: readonly string[];
  /** Stop looking in parent folders. */
  readonly root?: boolean;
}

/** The configuration that applies to one file: every config from the outermost in, merged. */
export interface ResolvedConfig extends Settings {
  /** The config files it came from, outermost first. */
  readonly files: readonly string[];
  /** Glossaries of every config on the way, outermost first. */
  readonly glossaries: readonly string[];
}

type Field = 'glossaries' | 'only' | 'skip' | 'builtinNames' | 'fixThreshold' | 'suggestThreshold' | 'root';
const FIELDS: Record<Field, 'strings' | 'boolean' | 'number'> = {
  glossaries: 'strings',
  only: 'strings',
  skip: 'strings',
  builtinNames: 'boolean',
  fixThreshold: 'number',
  suggestThreshold: 'number',
  root: 'boolean',
};

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
      const file = join(dir, name);
      let text: string;
      try {
        text = new TextDecoder().decode(await this.fs.readFile(file));
      } catch {
        continue;
      }
      const config = parseConfig(text, file, relative(this.cwd, file) || file);
      if (config) return config;
    }
    return null;
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

/**
 * Read one config file: JSON or YAML; in package.json only the "unmangle" key (null when it has none).
 * Unknown keys and wrong types are errors naming the file and line.
 */
export function parseConfig(text: string, file: string, shown = file): ConfigFile | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string): never => {
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new UsageError(`${shown}:${line}: ${message}`);
  };
  const error = doc.errors[0];
  if (error) throw new UsageError(`${shown}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  let root = doc.contents as Node | null;
  if (file.endsWith('package.json')) {
    if (!isMap(root)) return null;
    root = (root.get('unmangle', true) as Node | undefined) ?? null;
    if (root === null) return null;
  }
  if (root === null || (isScalar(root) && root.value === null)) return { file };
  if (!isMap(root)) return fail(root, 'a config is a map of settings');
  return readSettings(root, file, fail);
}

function readSettings(map: YAMLMap, file: string, fail: (node: Node | null | undefined, message: string) => never): ConfigFile {
  const config: Record<string, unknown> = { file };
  for (const pair of map.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '?';
    const type = FIELDS[key as Field];
    if (!type) fail(keyNode, `unknown key "${key}" (expected ${Object.keys(FIELDS).join(', ')})`);
    const value = pair.value as Node | null;
    if (type === 'strings') {
      if (!isSeq(value) || !value.items.every((item) => isScalar(item) && typeof item.value === 'string')) {
        fail(value ?? keyNode, `"${key}" must be a list of strings`);
      }
      const strings = (value as { items: { value: string }[] }).items.map((item) => item.value);
      config[key] = key === 'glossaries' ? strings.map((glossary) => join(dirname(file), glossary)) : strings;
    } else if (!isScalar(value) || typeof value.value !== type) {
      fail(value ?? keyNode, `"${key}" must be a ${type}`);
    } else {
      config[key] = value.value;
    }
  }
  return config as unknown as ConfigFile;
}

/** Show a resolved config with paths relative to `cwd`, for --print-config. */
export function describeConfig(config: ResolvedConfig, cwd: string): string {
  const shown = {
    ...config,
    files: config.files.map((file) => relative(cwd, file)),
    glossaries: config.glossaries.map((file) => relative(cwd, file)),
  };
  return JSON.stringify(shown, null, 2) + '\n';
}
