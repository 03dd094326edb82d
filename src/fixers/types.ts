import type { Check, FixerId } from '../core/types.js';
import type { NameLookup } from '../glossary/compile.js';
import type { Lexicon } from '../glossary/types.js';

/** What every fixer may consult; built once per run, shared by every document. */
export interface Env {
  readonly fixThreshold: number;
  /** Glossary and built-in names, looked up by the name fixers; present when one runs. */
  readonly names?: NameLookup;
  /** English words and known proper nouns; present when a name fixer runs. */
  readonly lexicon?: Lexicon;
}

/** A fixer: built once per run from its options and the environment, into a check of one chunk. */
export interface Fixer<O = unknown> {
  readonly id: FixerId;
  readonly description: string;
  create(options: O, env: Env): Check;
}
