import data from '../data/place-name-forms.json' with { type: 'json' };
import { fold } from '../match/normalize.js';

/** Other spellings of a place, and why each stands for it, by the folded name a glossary spells it as. */
export type PlaceForms = ReadonlyMap<string, Readonly<Record<string, string>>>;

const forms: PlaceForms = new Map(Object.entries(data as Record<string, Record<string, string>>).map(([name, variants]) => [fold(name), variants]));

/**
 * The spellings a glossary name of a place is known by (Kiev for Kyiv, Kishinev for Chisinau): lent to
 * an entry that spells the place so, never applied without one, since an older spelling is still English.
 */
export function placeForms(): PlaceForms {
  return forms;
}
