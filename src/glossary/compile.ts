import { alignedWords } from './align.js';
import { NameIndex } from './name-index.js';
import { placeForms } from './place-forms.js';
import { GlossaryError, type Lexicon, type NameEntry } from './types.js';
import { fold } from '../match/normalize.js';

export { NameIndex, type ExactForm, type IndexedName, type KeyHit, type NameLookup, type PatternRule, type SplitName } from './name-index.js';

/**
 * Compile glossary entries (in order of the files given) and built-in names. A glossary entry takes
 * precedence over a built-in name it overlaps; within glossaries, a variant claimed by two names, or two
 * names that differ only in case or accents, is an error naming both places.
 */
export function compileNames(glossary: readonly NameEntry[], allBuiltin: readonly NameEntry[], lexicon: Lexicon): NameIndex {
  // A spelling kept as written is no name: nothing is guessed towards it, whoever else lists it.
  const kept = keptAsWritten(glossary);
  const merged = mergeGlossary(glossary.filter((entry) => !kept.has(entry.name)));
  const builtin = kept.size > 0 ? allBuiltin.filter((entry) => !kept.has(entry.name)) : allBuiltin;
  const claimed = new Map<string, { entry: NameEntry; result: string }>();
  // A variant listed under two names that give the same text ("Starma" under "Keir Starmer" and under
  // "Starmer": both "Starmer") is one variant; two different texts for one form are an error.
  const repeated = new Set<string>();
  const claim = (form: string, entry: NameEntry, what: string, result: string): void => {
    const key = foldForm(form);
    const owner = claimed.get(key);
    if (owner && owner.entry !== entry) {
      if (what === 'the variant' && owner.result === result) {
        repeated.add(`${key}\u0000${entry.name}`);
        return;
      }
      throw new GlossaryError(
        `${where(entry)}: ${what} "${form}" of "${entry.name}" is also claimed by "${owner.entry.name}" (${where(owner.entry)})`,
      );
    }
    claimed.set(key, { entry, result });
  };
  for (const entry of merged) claim(entry.name, entry, 'the name', entry.name);
  for (const entry of merged) {
    for (const variant of entry.variants) claim(variant, entry, 'the variant', alignedWords(variant, entry.name.split(/\s+/)).join(' '));
  }
  // A built-in name the glossary also lists lends it its known variants ("Salvadorian" for "Salvadoran"),
  // and so does a place the glossary spells one way of several (Kiev for Kyiv).
  const lent = new Map<NameEntry, Record<string, string>>();
  const lend = (owner: NameEntry, notes: Readonly<Record<string, string>>): void => {
    const free = Object.entries(notes).filter(([variant]) => !claimed.has(foldForm(variant)));
    lent.set(owner, { ...lent.get(owner), ...Object.fromEntries(free) });
  };
  const builtinKept: NameEntry[] = [];
  for (const entry of builtin) {
    const owner = claimed.get(foldForm(entry.name))?.entry;
    if (owner) lend(owner, entry.variantNotes ?? {});
    else if (!entry.variants.some((variant) => claimed.has(foldForm(variant)))) builtinKept.push(entry);
  }
  const places = placeForms();
  for (const entry of merged) {
    const forms = places.get(foldForm(entry.name));
    if (forms) lend(entry, forms);
  }
  const index = new NameIndex();
  for (const entry of merged) {
    const own = entry.variants.filter((variant) => !repeated.has(`${foldForm(variant)}\u0000${entry.name}`));
    const notes = lent.get(entry);
    index.add(notes ? { ...entry, variants: [...own, ...Object.keys(notes)], variantNotes: notes } : { ...entry, variants: own }, lexicon);
  }
  for (const entry of builtinKept) index.add(entry, lexicon);
  return index;
}

/** The spellings a glossary keeps as written (`keep: true`). */
export function keptAsWritten(entries: readonly NameEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.keep).map((entry) => entry.name));
}

function foldForm(form: string): string {
  return form.split(/\s+/).map(fold).join(' ');
}

/** The same canonical name listed twice (say in two folders' glossaries) is one entry with both lists of variants. */
function mergeGlossary(entries: readonly NameEntry[]): NameEntry[] {
  const byName = new Map<string, NameEntry>();
  for (const entry of entries) {
    const existing = byName.get(entry.name);
    if (!existing) {
      byName.set(entry.name, entry);
      continue;
    }
    byName.set(entry.name, {
      ...existing,
      variants: [...new Set([...existing.variants, ...entry.variants])],
      patterns: [...existing.patterns, ...entry.patterns],
      specs: [...existing.specs, ...entry.specs],
    });
  }
  return [...byName.values()];
}

function where(entry: NameEntry): string {
  return `${entry.origin.file}:${entry.origin.line}`;
}
