import type { Syntax } from '../formats/index.js';
import type { Mode, OutputFormat } from '../reporters/types.js';
import type { DiffStyle } from './diff-style.js';
import type { Shard } from './shard.js';

/** The command line's options once parsed. */
export interface CliOptions {
  readonly paths: readonly string[];
  readonly mode: Mode;
  /** -i: review each change in the terminal, then write what was accepted. */
  readonly interactive: boolean;
  /** Undefined when no flag chose it: the mode decides. */
  readonly format: OutputFormat | undefined;
  /** With --check: show the diffs too. */
  readonly diff: boolean;
  /** `--diff=word` or `--diff=line`; undefined to mark words on a terminal and show whole lines elsewhere. */
  readonly diffStyle: DiffStyle | undefined;
  /** -z: names from --list-different end with NUL, not a newline. */
  readonly nulSeparated: boolean;
  /** True, false, or undefined to decide from the terminal and NO_COLOR. */
  readonly color: boolean | undefined;
  readonly glossaries: readonly string[];
  /** A config may name glossaries outside its own folder. */
  readonly allowOutsideGlossaries: boolean;
  readonly builtinNames: boolean;
  readonly only: readonly string[] | undefined;
  readonly skip: readonly string[] | undefined;
  /** Extensions taken from folders, with the dot. */
  readonly extensions: readonly string[] | undefined;
  readonly ignorePaths: readonly string[];
  readonly maxSizeMb: number;
  /** A config file to use instead of looking for one; false for --no-config. */
  readonly config: string | false | undefined;
  readonly printConfig: string | undefined;
  /** Worker threads for folder runs; undefined to decide from the cores and the number of files. */
  readonly workers: number | undefined;
  /** The syntax of every input, instead of each file's extension. */
  readonly syntax: Syntax | undefined;
  /** A file name for standard input: its extension chooses the syntax and its folder the config. */
  readonly stdinFilepath: string | undefined;
  readonly listFixers: boolean;
  readonly explain: boolean;
  readonly quiet: boolean;
  readonly debug: boolean;
  /** --files-from: a file (or - for standard input) listing paths, NUL- or newline-separated. */
  readonly filesFrom: string | undefined;
  /** --shard K/N: only the files whose path hashes to shard K of N. */
  readonly shard: Shard | undefined;
  /** --baseline: findings recorded in this file do not count. */
  readonly baseline: string | undefined;
  /** --update-baseline: write the run's findings to the baseline instead of judging them. */
  readonly updateBaseline: boolean;
  /** --cache: the cache file to skip unchanged clean files by; undefined without --cache. */
  readonly cacheLocation: string | undefined;
}
