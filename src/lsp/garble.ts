import type { Change } from '../core/types.js';
import type { GlossaryAddition } from '../glossary/edit.js';

const NAME_FIXERS = new Set(['names', 'name-consistency']);
const WORD_EDGE = /^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/su;

/**
 * "This garble means that name": the change's text as a variant of `name` (its replacement, or a
 * suggestion's candidate), so every document of the project gets it fixed. Only for what the name fixers
 * alone made, and only a name against a name: a change that a/an or a repeat also shaped ("a Al" →
 * "an El") holds more than the garble, and a spelling that differs only in case is no garble.
 */
export function garbleAddition(change: Change, name: string): GlossaryAddition | null {
  const garble = change.original;
  if (!byNameFixers(change) || !isName(garble) || !isName(name)) return null;
  if (garble.toLowerCase() === name.toLowerCase()) return null;
  return { name, variants: [garble] };
}

/** "This is a name of its own": the change's text as a spelling every document keeps (`keep: true`). */
export function keptAddition(change: Change): GlossaryAddition | null {
  return byNameFixers(change) && isName(change.original) ? { name: change.original, keep: true } : null;
}

function byNameFixers(change: Change): boolean {
  return change.steps.every((step) => NAME_FIXERS.has(step.fixer));
}

function isName(spelling: string): boolean {
  return WORD_EDGE.test(spelling) && !/[\r\n\t]/.test(spelling) && !/\s{2}/.test(spelling);
}
