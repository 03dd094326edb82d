import variants from '../data/world-name-variants.json' with { type: 'json' };
import world from '../data/world-names.generated.json' with { type: 'json' };
import wordKeys from '../data/world-name-keys.generated.json' with { type: 'json' };
import type { NameEntry } from './types.js';

/** Country names, demonyms and capitals that work with no configuration, from `world-countries`. */
export function builtinNames(): NameEntry[] {
  const known = variants as Record<string, Record<string, string>>;
  const keys = wordKeys as Record<string, string[]>;
  return (world.names as [string, string, string][]).map(([name, kind, country]) => ({
    name,
    variants: Object.keys(known[name] ?? {}),
    ...(known[name] ? { variantNotes: known[name] } : {}),
    patterns: [],
    specs: [],
    origin: { file: 'built-in', line: 0, description: kind === 'country' ? 'country' : `${kind} of ${country}` },
    source: 'built-in',
    kind,
    soundKeys: name.split(/\s+/).map((word) => keys[word]!),
  }));
}
