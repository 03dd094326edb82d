import { GlossaryError, type NameEntry } from './types.js';
import type { GlossaryAddition } from './edit.js';

type Owners = Map<string, { readonly name: string; readonly line: number; readonly asName: boolean; readonly kept: boolean; readonly garbled?: boolean }>;

/** Refuse what the glossary would refuse at load, and record the addition for the additions after it. */
function checkAddition(addition: GlossaryAddition, owners: Owners, file: string): void {
  const owner = (spelling: string) => owners.get(spelling.toLowerCase());
  const keeper = addition.keep ? owner(addition.name) : undefined;
  const at = (line: number) => (line > 0 ? `${file}:${line}` : file);
  if (keeper && !keeper.asName) throw new GlossaryError(`${at(keeper.line)}: "${addition.name}" cannot be kept as written: it is listed as a garble of "${keeper.name}"`);
  const named = owner(addition.name);
  if (named && named.name !== addition.name) {
    const as = named.asName ? `differs only in case from the name "${named.name}"` : `is listed as a garble of "${named.name}", so it cannot be a name`;
    throw new GlossaryError(`${at(named.line)}: "${addition.name}" ${as}`);
  }
  if (addition.keep && named?.garbled) throw new GlossaryError(`${at(named.line)}: "${addition.name}" has garbles listed, so it cannot also be kept as written`);
  if (named?.kept && (addition.variants ?? []).length > 0) throw new GlossaryError(`${at(named.line)}: "${addition.name}" is kept as written, so it takes no garbles`);
  for (const variant of addition.variants ?? []) {
    const taken = owner(variant);
    if (!taken || taken.name === addition.name) continue;
    const as = taken.asName ? 'a name of its own' : `already listed as a garble of "${taken.name}"`;
    throw new GlossaryError(`${at(taken.line)}: "${variant}" is ${as}, so it cannot be a garble of "${addition.name}"`);
  }
  // 0: an entry this call adds has no line yet.
  const line = named?.line ?? 0;
  const kept = addition.keep === true || named?.kept === true;
  const garbled = named?.garbled === true || (addition.variants ?? []).length > 0;
  owners.set(addition.name.toLowerCase(), { name: addition.name, line, asName: true, kept, garbled });
  for (const variant of addition.variants ?? []) owners.set(variant.toLowerCase(), { name: addition.name, line, asName: false, kept });
}

/** Refuse, before anything is written, the additions the glossary would refuse at load. */
export function checkAdditions(entries: readonly NameEntry[], additions: readonly GlossaryAddition[], file: string): void {
  const owners: Owners = new Map();
  for (const entry of entries) {
    const at = { name: entry.name, line: entry.origin.line, kept: entry.keep === true };
    owners.set(entry.name.toLowerCase(), { ...at, asName: true, garbled: entry.variants.length > 0 });
    for (const variant of entry.variants) owners.set(variant.toLowerCase(), { ...at, asName: false });
  }
  for (const addition of additions) checkAddition(addition, owners, file);
}
