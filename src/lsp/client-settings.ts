import { FIXER_IDS, isFixerId } from '../fixers/index.js';
import type { UnmangleOptions } from '../unmangler.js';

/**
 * What a client may set (`initializationOptions`, or the `unmangle` section of `workspace/configuration`):
 * the command line's settings, which win over the config files as its flags do.
 */
export interface ClientSettings extends Pick<UnmangleOptions, 'only' | 'skip' | 'fixThreshold' | 'suggestThreshold' | 'builtinNames'> {
  /** Glossaries added to the config files' (`--glossary`), relative to the workspace folder. */
  readonly glossaries?: readonly string[];
  /** A config file instead of the ones found (`--config`), or false for none (`--no-config`). */
  readonly config?: string | false;
  readonly allowOutsideGlossaries?: boolean;
  /** How long typing must pause before a document is checked again. */
  readonly debounceMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 50;

type Reader = (value: unknown) => unknown;

const fraction: Reader = (value) => (typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined);
const boolean: Reader = (value) => (typeof value === 'boolean' ? value : undefined);
const strings: Reader = (value) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined);
const fixers = (atLeast: number): Reader => (value) => {
  const list = strings(value) as string[] | undefined;
  return list && list.every(isFixerId) && list.length >= atLeast ? list : undefined;
};
const READERS: Readonly<Record<keyof ClientSettings, readonly [Reader, string]>> = {
  // `only: []` would run no fixer at all, as a config file may not say either.
  only: [fixers(1), `a list of one or more fixers (${FIXER_IDS.join(', ')})`],
  skip: [fixers(0), `a list of fixers (${FIXER_IDS.join(', ')})`],
  fixThreshold: [fraction, 'a number from 0 to 1'],
  suggestThreshold: [fraction, 'a number from 0 to 1'],
  builtinNames: [boolean, 'true or false'],
  glossaries: [strings, 'a list of file names'],
  config: [(value) => (typeof value === 'string' || value === false ? value : undefined), 'a file name, or false for none'],
  allowOutsideGlossaries: [boolean, 'true or false'],
  debounceMs: [(value) => (typeof value === 'number' && value >= 0 && value <= 10_000 ? value : undefined), 'a number of milliseconds up to 10000'],
};

/** Keys of the same settings section that are the editor's own: which executable to start, protocol tracing. */
const EDITOR_SIDE = new Set(['path', 'trace']);

/**
 * The settings a client sent, checked: a value of the wrong kind is left out with a problem saying so, so a
 * typo in an editor's settings costs that one setting, not the server. `{unmangle: {...}}` is read too.
 */
export function readClientSettings(raw: unknown): { readonly settings: ClientSettings; readonly problems: readonly string[] } {
  const value = isObject(raw) && isObject(raw['unmangle']) ? raw['unmangle'] : raw;
  if (value === null || value === undefined) return { settings: {}, problems: [] };
  if (!isObject(value)) return { settings: {}, problems: ['unmangle settings: expected an object of settings'] };
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, given] of Object.entries(value)) {
    if (EDITOR_SIDE.has(key)) continue;
    const reader = READERS[key as keyof ClientSettings];
    if (!reader) {
      problems.push(`unmangle settings: unknown setting "${key}" (known: ${Object.keys(READERS).join(', ')})`);
      continue;
    }
    // An editor sends null for a setting the user left unset.
    if (given === null || given === undefined) continue;
    const read = reader[0](given);
    if (read === undefined) problems.push(`unmangle settings: "${key}" must be ${reader[1]}: ignored`);
    else settings[key] = read;
  }
  return { settings: settings as ClientSettings, problems };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
