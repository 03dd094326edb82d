import type { SoundKeys } from '../match/phonetic.js';
import { UsageError } from '../core/errors.js';

/** Where an entry comes from, for error messages and for explaining a change. */
export interface Origin {
  /** The glossary file, or `built-in`. */
  readonly file: string;
  /** 1-based line of the entry in its file; 0 for built-in data. */
  readonly line: number;
  /** For built-in names: what the name is ("country", "demonym of El Salvador"). */
  readonly description?: string;
}

/** A self-test of an entry: cleaning `from` must give `to` (prh's specs). */
export interface Spec {
  readonly from: string;
  readonly to: string;
  readonly line: number;
}

/** One canonical name and what is known of how it gets garbled. */
export interface NameEntry {
  readonly name: string;
  /** Known garbles, replaced whole-word and case-insensitively. */
  readonly variants: readonly string[];
  /** prh-style regular expressions; `name` may use `$1` for their groups. */
  readonly patterns: readonly RegExp[];
  readonly note?: string;
  /** Why a variant the glossary did not list stands for the name: lent from built-in data (Kiev for Kyiv). */
  readonly variantNotes?: Readonly<Record<string, string>>;
  readonly specs: readonly Spec[];
  readonly origin: Origin;
  /**
   * How freely unknown garbles may be guessed: glossary names fully; built-in names more strictly (a
   * whole phrase anchored on an exact word, or one long word a letter away).
   */
  readonly source: 'glossary' | 'built-in';
  /** For built-in names: country, official name, demonym, capital. */
  readonly kind?: string;
  /**
   * `keep: true`: not a name but a spelling to leave as written wherever it stands whole and in this case;
   * no fixer changes it and no guess turns another word into it. It has no variants.
   */
  readonly keep?: true;
  /** How each word of the name sounds, where it was worked out ahead (built-in names). */
  readonly soundKeys?: readonly SoundKeys[];
}

/** A glossary that could not be loaded: the message names the file and line. */
export class GlossaryError extends UsageError {
  override readonly name = 'GlossaryError';
}

/** Words English knows, so a guess never turns an ordinary word or a known name into another. */
export interface Lexicon {
  /** An ordinary English word, asked in lower case: "mark", "bouquet", "train". */
  isWord(lowercase: string): boolean;
  /** A proper noun a dictionary knows, asked as written: "Marie", "Columbia". */
  isKnownName(word: string): boolean;
}
