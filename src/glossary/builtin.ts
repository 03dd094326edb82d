import variants from '../data/world-name-variants.json' with { type: 'json' };
import world from '../data/world-names.generated.json' with { type: 'json' };
import wordKeys from '../data/world-name-keys.generated.json' with { type: 'json' };
import type { NameEntry } from './types.js';

const NAMES = world.names as [string, string, string][];
const KNOWN = variants as Record<string, Record<string, string>>;
const KEYS = wordKeys as Record<string, string[]>;

/** Country names, demonyms and capitals that work with no configuration, from `world-countries`. */
export function builtinNames(): NameEntry[] {
  return NAMES.map((_, i) => builtinName(i));
}

/** The built-in name at `index` in `builtinNames()` order, made alone (`BuiltinNameIndex` makes only those it returns). */
export function builtinName(index: number): NameEntry {
  const [name, kind, country] = NAMES[index]!;
  return {
    name,
    variants: Object.keys(KNOWN[name] ?? {}),
    ...(KNOWN[name] ? { variantNotes: KNOWN[name] } : {}),
    patterns: [],
    specs: [],
    origin: { file: 'built-in', line: 0, description: kind === 'country' ? 'country' : `${kind} of ${country}` },
    source: 'built-in',
    kind,
    soundKeys: name.split(/\s+/).map((word) => KEYS[word]!),
  };
}
