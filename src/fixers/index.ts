import type { Check, FixerId } from '../core/types.js';
import type { Env, Fixer } from './types.js';
import { article } from './article.js';
import { nameConsistency } from './name-consistency.js';
import { names } from './names.js';
import { repeatedPhrase, type RepeatedPhraseOptions } from './repeated-phrase.js';
import { spacing } from './spacing.js';

/**
 * Every fixer, in pipeline order: repetition first (it removes words the others would judge), then names
 * and their consistency, then a/an (which depends on the word that follows, perhaps a corrected name),
 * spacing last (it tidies what the others leave).
 */
export const FIXERS: readonly Fixer<never>[] = [repeatedPhrase, names, nameConsistency, article, spacing];

/** The fixers that need compiled names and an English lexicon. */
export const NAME_FIXERS: readonly FixerId[] = ['names', 'name-consistency'];

export const FIXER_IDS: readonly FixerId[] = FIXERS.map((fixer) => fixer.id);

export function isFixerId(id: string): id is FixerId {
  return (FIXER_IDS as readonly string[]).includes(id);
}

/** Options per fixer, as a config file or the API gives them. */
export interface FixerOptions {
  readonly 'repeated-phrase'?: RepeatedPhraseOptions;
}

/** Build a fixer's per-document check with its own options (an empty object when none are given). */
export function compileFixer(fixer: Fixer<never>, options: FixerOptions, env: Env): Check {
  const own = (options as Record<string, object | undefined>)[fixer.id] ?? {};
  // Each fixer reads only its own keys with defaults, so the widening here cannot mislead it.
  return (fixer as Fixer<object>).create(own, env);
}
