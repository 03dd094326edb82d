import type { GlossaryAddition } from './edit.js';
import { parseGlossary } from './parse.js';

/**
 * The glossary's own entry for a name: itself, or the one full name it is the surname of (`Bukele` in a
 * glossary of `Nayib Bukele`), since a garble of fewer words than its name replaces only the words it
 * sounds like; else the name as it is, a new entry.
 */
export function fullName(names: readonly string[], name: string): string {
  const lower = name.toLowerCase();
  const same = names.find((entry) => entry.toLowerCase() === lower);
  if (same) return same;
  const longer = names.filter((entry) => entry.toLowerCase().endsWith(` ${lower}`));
  return longer.length === 1 ? longer[0]! : name;
}

/** An addition as a glossary's text takes it: a garble goes under the glossary's name for it; a kept spelling is an entry of its own. */
export function underFullName(text: string, file: string, addition: GlossaryAddition): GlossaryAddition {
  if (addition.keep) return addition;
  return { ...addition, name: fullName(parseGlossary(text, file).map((known) => known.name), addition.name) };
}
