import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { FIXER_IDS, isFixerId } from '../fixers/index.js';
import type { UnmangleOptions } from '../unmangler.js';

/** The settings a config file shares with the library's options. */
export type Settings = Pick<UnmangleOptions, 'only' | 'skip' | 'builtinNames' | 'fixThreshold' | 'suggestThreshold'>;

/** A glossary a config names, and where: its errors name the config and line that point to it. */
export interface GlossaryRef {
  /** Resolved against the config file's folder. */
  readonly path: string;
  /** The config file as shown to the user, and the line of this entry. */
  readonly config: string;
  readonly line: number;
  /** The config's folder: a glossary outside it is refused unless the command line allows it. */
  readonly within: string;
}

/** How `unmangle -i` keeps a spelling for good (`k`): in the glossary's keep list, or with `[sic]` in the text. */
export interface InteractiveSettings {
  readonly keep: 'glossary' | 'sic';
}

/** What a config file may say. */
export interface ConfigFile extends Settings {
  readonly interactive?: InteractiveSettings;
  readonly file: string;
  readonly glossaries?: readonly GlossaryRef[];
  /** Stop looking in parent folders. */
  readonly root?: boolean;
}

type Field = 'glossaries' | 'only' | 'skip' | 'builtinNames' | 'fixThreshold' | 'suggestThreshold' | 'root' | 'interactive';
const FIELDS: Readonly<Record<Field, 'fixers' | 'paths' | 'boolean' | 'fraction' | 'interactive'>> = {
  glossaries: 'paths',
  only: 'fixers',
  skip: 'fixers',
  builtinNames: 'boolean',
  fixThreshold: 'fraction',
  suggestThreshold: 'fraction',
  root: 'boolean',
  interactive: 'interactive',
};
const KEEP_WAYS = ['glossary', 'sic'];

type Fail = (node: Node | null | undefined, message: string) => never;

/**
 * Read one config file: JSON or YAML; in package.json only the "unmangle" key (null when it has none).
 * Unknown keys, wrong types and values out of range are errors naming the file and line. A message quotes
 * the file only where what it quotes has the shape of a key or a fixer name: a config can be any file a
 * repository points at, and its error must not print that file's secrets.
 */
export function parseConfig(text: string, file: string, shown = file): ConfigFile | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail: Fail = (node, message) => {
    throw new UsageError(`${shown}:${lineOf(node)}: ${message}`);
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
  return readSettings(root, { file, shown, fail, lineOf });
}

interface Reading {
  readonly file: string;
  readonly shown: string;
  readonly fail: Fail;
  readonly lineOf: (node: Node | null | undefined) => number;
}

function readSettings(map: YAMLMap, { file, shown, fail, lineOf }: Reading): ConfigFile {
  const config: Record<string, unknown> = { file };
  for (const pair of map.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    // Own keys only: "__proto__" and "constructor" are unknown keys, not Object's.
    if (!Object.hasOwn(FIELDS, key)) fail(keyNode, `unknown key ${quoted(key)} (expected ${Object.keys(FIELDS).join(', ')})`);
    const type = FIELDS[key as Field];
    const value = pair.value as Node | null;
    const at = value ?? keyNode;
    if (type === 'paths' || type === 'fixers') {
      if (!isSeq(value) || !value.items.every((item) => isScalar(item) && typeof item.value === 'string')) fail(at, `"${key}" must be a list of strings`);
      const items = (value as YAMLSeq<Scalar<string>>).items;
      if (type === 'paths') {
        config[key] = items.map((item) => ({ path: resolve(dirname(file), item.value), config: shown, line: lineOf(item), within: dirname(file) }));
        continue;
      }
      if (key === 'only' && items.length === 0) fail(at, '"only: []" would run no fixer: leave "only" out to run them all');
      for (const item of items) {
        if (!isFixerId(item.value)) fail(item, `unknown fixer ${quoted(item.value)} in "${key}" (known: ${FIXER_IDS.join(', ')})`);
      }
      config[key] = items.map((item) => item.value);
    } else if (type === 'interactive') {
      config[key] = interactiveSettings(value, at, fail);
    } else if (type === 'boolean') {
      if (!isScalar(value) || typeof value.value !== 'boolean') fail(at, `"${key}" must be true or false`);
      config[key] = (value as { value: boolean }).value;
    } else {
      const number = isScalar(value) ? value.value : undefined;
      if (typeof number !== 'number' || !(number >= 0 && number <= 1)) fail(at, `"${key}" must be a number from 0 to 1`);
      config[key] = number;
    }
  }
  return config as unknown as ConfigFile;
}

/** `interactive: {keep: glossary | sic}`. */
function interactiveSettings(value: Node | null, at: Node, fail: Fail): InteractiveSettings {
  if (!isMap(value)) return fail(at, '"interactive" must be a map: {keep: glossary} or {keep: sic}');
  for (const pair of value.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (name !== 'keep') fail(pair.key as Node, `unknown key ${quoted(name)} in "interactive" (expected keep)`);
  }
  const keep = value.get('keep', true) as Node | undefined;
  if (!isScalar(keep) || !KEEP_WAYS.includes(keep.value as string)) return fail(keep ?? at, '"keep" in "interactive" must be glossary or sic');
  return { keep: keep.value as InteractiveSettings['keep'] };
}

/** Quote a word of the file only where it has the shape of a key or a fixer name. */
function quoted(value: string): string {
  return /^[A-Za-z_$][\w$.-]{0,39}$/.test(value) ? `"${value}"` : '(not shown)';
}
