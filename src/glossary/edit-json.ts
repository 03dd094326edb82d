import type { GlossaryAddition } from './edit.js';
import { GlossaryError } from './types.js';

export function prhKeepMessage(file: string, name: string): string {
  return `${file}:1: a prh dictionary has no way to keep a spelling as written: add "${name}" to a YAML glossary`;
}

type JsonGlossary = Record<string, unknown> | unknown[];

/** JSON has no comments to keep; it is written back with two-space indents, its order kept. */
export function addToJson(text: string, file: string, additions: readonly GlossaryAddition[], newVariants: (listed: readonly string[], addition: GlossaryAddition) => string[]): string {
  const data = JSON.parse(text) as JsonGlossary;
  const isPrh = !Array.isArray(data) && Array.isArray(data['rules']);
  for (const addition of additions) {
    if (isPrh && addition.keep) throw new GlossaryError(prhKeepMessage(file, addition.name));
    const list = Array.isArray(data) ? data : isPrh ? (data['rules'] as Record<string, unknown>[]) : null;
    if (list) {
      const nameKey = isPrh ? 'expected' : 'name';
      const listKey = isPrh ? 'patterns' : 'variants';
      let entry = list.find((item) => (item as Record<string, unknown>)[nameKey] === addition.name) as Record<string, unknown> | undefined;
      if (!entry) list.push((entry = { [nameKey]: addition.name }));
      const listed = [...stringsOfJson(entry['pattern']), ...stringsOfJson(entry[listKey])];
      if (addition.keep && listed.length === 0) entry['keep'] = true;
      const fresh = newVariants(listed, addition);
      if (fresh.length > 0 || !addition.keep) entry[listKey] = [...stringsOfJson(entry[listKey]), ...fresh];
      continue;
    }
    const map = data as Record<string, unknown>;
    const value = map[addition.name];
    const long = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const listed = stringsOfJson(long ? long['variants'] : value);
    const fresh = newVariants(listed, addition);
    if (long) {
      if (addition.keep && listed.length === 0) long['keep'] = true;
      if (fresh.length > 0) long['variants'] = [...listed, ...fresh];
    } else if (addition.keep && listed.length === 0) map[addition.name] = { keep: true };
    else if (fresh.length > 0 || !(addition.name in map)) map[addition.name] = [...listed, ...fresh];
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}

function stringsOfJson(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}
