import type { Change } from '../src/core/types.js';
import type { Syntax } from '../src/formats/index.js';

/** What the page asks the worker: one text to clean, with the settings of the side panel. */
export interface CleanRequest {
  readonly id: number;
  readonly text: string;
  /** The dropped file's name: with `auto`, its extension (and the text) choose the syntax, as in the CLI. */
  readonly fileName: string | null;
  readonly syntax: Syntax | 'auto';
  readonly glossary: { readonly file: string; readonly text: string } | null;
  readonly fixThreshold: number;
  readonly suggestThreshold: number;
  readonly builtinNames: boolean;
}

/** The worker's answer; the input is not sent back: the page has it. */
export type CleanReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly syntax: Syntax;
      readonly changes: readonly Change[];
      readonly suggestions: readonly Change[];
      /** The glossary's names, in its order. */
      readonly glossaryNames: readonly string[];
      readonly milliseconds: number;
    }
  | {
      readonly id: number;
      readonly ok: false;
      /** One line; a glossary's starts with `file:line:`. */
      readonly error: string;
      readonly inGlossary: boolean;
    };
