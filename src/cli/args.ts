import { Command, CommanderError, Option } from 'commander';
import { SYNTAXES, type Syntax } from '../formats/syntaxes.js';
import { OUTPUT_FORMATS, type Mode, type OutputFormat } from '../reporters/types.js';
import { DIFF_STYLES, expandDiffStyle, type DiffStyle } from './diff-style.js';
import type { CliOptions } from './options.js';
import { collect, DEFAULT_MAX_SIZE_MB, inputOptions, positiveInteger, splitList, withDots } from './option-values.js';
import { parseShard, type Shard } from './shard.js';

export type { CliOptions, Mode, OutputFormat };

/** What parsing produced: options to run with, or text commander printed (help, version) and its exit code. */
export type Parsed = { readonly kind: 'run'; readonly options: CliOptions } | { readonly kind: 'exit'; readonly code: number };

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

export { DEFAULT_MAX_SIZE_MB };

/** Where --cache keeps its file, in the working directory as ESLint keeps `.eslintcache`. */
export const DEFAULT_CACHE_LOCATION = '.unmanglecache';

const EXAMPLES = `
Examples:
  $ unmangle article.txt                  print the corrected article
  $ unmangle --diff article.txt           show what would change, as a unified diff
  $ cat transcript.txt | unmangle > clean.txt
  $ unmangle --explain article.txt        corrected text on stdout, each change and why on stderr
  $ unmangle --check articles/            list the files that would change; exit 1 if any
  $ unmangle --write articles/            fix them in place
  $ unmangle -i article.txt               review each change in the terminal: y, n, e, a, k, A, N, u, q, ?
  $ unmangle --check --format github .    annotations for a GitHub pull request
  $ unmangle -g names.yaml article.txt    use a glossary of the names in your beat
  $ whisper … | unmangle --syntax srt     clean subtitles from standard input
  $ unmangle --only repeated-phrase a.txt run one fixer (see --list-fixers)
  $ unmangle --check --baseline .unmangle-baseline.json .   fail only on findings not in the baseline
  $ git ls-files -z '*.md' | unmangle --check --cache --shard 2/4 --files-from -
  $ unmangle learn articles/ > names.yaml  propose a glossary from a folder (see unmangle learn --help)
  $ unmangle lsp --stdio                  the language server, which editors start (see the README)
  $ unmangle serve                        the review page at http://127.0.0.1:8080 (see unmangle serve --help)

Exit codes: 0 ok, 1 --check or --list-different found something to change, 2 usage, config or input error.`;

/** A fresh commander program; it never exits the process and writes only through `output`. */
export function createProgram(version: string, output: ProgramOutput): Command {
  const program = new Command('unmangle')
    .description('Repair machine-translated and speech-recognised text: repeats, misheard names, a/an, spacing.')
    .argument('[paths...]', 'files, folders (recursive) or globs to clean; none or - reads standard input')
    .addOption(new Option('-c, --check', 'write nothing; list the files that would change, exit 1 if any').conflicts(['write', 'listDifferent']))
    .addOption(new Option('-w, --write', 'fix the files in place (atomically)').conflicts(['listDifferent']))
    .option('-l, --list-different', 'print only the names of the files that would change, exit 1 if any')
    .addOption(new Option('-i, --interactive', 'review each change and suggestion in the terminal and write those accepted (? for the keys)').conflicts(['check', 'write', 'listDifferent']))
    .option('-z, --null', 'with --list-different: end each name with a NUL byte, not a newline (for xargs -0)')
    .option('--diff', 'print a unified diff (with --check: as well as the list); --diff=word marks the changed words inside lines (the default on a terminal), --diff=line never')
    .addOption(new Option('--diff-style <style>').choices([...DIFF_STYLES]).hideHelp())
    .addOption(new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]))
    .option('--color', 'colour the diff even when not on a terminal')
    .option('--no-color', 'never colour (NO_COLOR in the environment does the same)')
    .option('-g, --glossary <file>', 'a glossary of names (YAML, JSON or prh); repeatable', collect)
    .option('--allow-outside-glossaries', "let config files name glossaries outside their own folder")
    .option('--no-builtin-names', 'do not use the built-in country names, demonyms and capitals')
    .option('--only <fixers>', 'run only these fixers (comma-separated)', splitList)
    .option('--skip <fixers>', 'run every fixer but these (comma-separated)', splitList);
  for (const option of inputOptions()) program.addOption(option);
  return program
    .option('--config <file>', 'use this config file instead of looking for one')
    .option('--no-config', 'use no config file')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .addOption(new Option('--syntax <syntax>', 'the syntax of the inputs (default: by extension, and whisper\'s console format when every line is timed; text for stdin)').choices([...SYNTAXES]))
    .option('--stdin-filepath <name>', 'a file name for standard input, for its syntax and its config')
    .option('--workers <n>', 'worker threads for folders (default: one per core when there are enough files)', positiveInteger)
    .option('--files-from <file>', 'read the paths from this file (- for standard input), NUL- or newline-separated')
    .option('--shard <K/N>', 'take only shard K of N of the files, split by a hash of each path', parseShard)
    .option('--baseline <file>', 'with --check or -l: findings recorded in this file do not count')
    .option('--update-baseline', 'write the findings to the --baseline file (entries that no longer occur are dropped)')
    .option('--cache', `skip files unchanged since a run found them clean (file: ${DEFAULT_CACHE_LOCATION})`)
    .option('--cache-location <file>', 'the cache file (implies --cache)')
    .option('--list-fixers', 'list the fixers in pipeline order and exit')
    .option('--explain', 'list each change with its reason and confidence on stderr')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('--debug', 'print stack traces for errors')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: output.writeOut, writeErr: output.writeErr });
}

interface Flags {
  check?: boolean;
  write?: boolean;
  listDifferent?: boolean;
  interactive?: boolean;
  diff?: boolean;
  diffStyle?: DiffStyle;
  null?: boolean;
  format?: OutputFormat;
  color?: boolean;
  glossary?: string[];
  allowOutsideGlossaries?: boolean;
  builtinNames?: boolean;
  only?: string[];
  skip?: string[];
  ext?: string[];
  ignorePath?: string[];
  maxSize?: number;
  config?: string | false;
  printConfig?: string;
  workers?: number;
  syntax?: Syntax;
  stdinFilepath?: string;
  listFixers?: boolean;
  explain?: boolean;
  quiet?: boolean;
  debug?: boolean;
  filesFrom?: string;
  shard?: Shard;
  baseline?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

/** Parse `argv` (without node and script). Commander's own errors come back as exit code 2. */
export function parseArgs(argv: readonly string[], version: string, output: ProgramOutput): Parsed {
  const program = createProgram(version, output);
  const expanded = expandDiffStyle(argv);
  if (typeof expanded === 'string') {
    output.writeErr(`error: ${expanded}\n`);
    return { kind: 'exit', code: 2 };
  }
  try {
    program.parse(expanded, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: 'exit', code: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  const flags = program.opts<Flags>();
  const mode: Mode = flags.write ? 'write' : flags.check ? 'check' : flags.listDifferent ? 'list' : 'print';
  return {
    kind: 'run',
    options: {
      paths: program.args,
      mode,
      interactive: flags.interactive ?? false,
      format: flags.format ?? ((flags.diff || flags.diffStyle) && mode === 'print' ? 'diff' : undefined),
      diff: (flags.diff ?? false) || flags.diffStyle !== undefined,
      diffStyle: flags.diffStyle,
      nulSeparated: flags.null ?? false,
      color: program.getOptionValueSource('color') === 'cli' ? flags.color : undefined,
      glossaries: flags.glossary ?? [],
      allowOutsideGlossaries: flags.allowOutsideGlossaries ?? false,
      builtinNames: flags.builtinNames ?? true,
      only: flags.only,
      skip: flags.skip,
      extensions: withDots(flags.ext),
      ignorePaths: flags.ignorePath ?? [],
      maxSizeMb: flags.maxSize ?? DEFAULT_MAX_SIZE_MB,
      config: program.getOptionValueSource('config') === 'cli' ? flags.config : undefined,
      printConfig: flags.printConfig,
      workers: flags.workers,
      syntax: flags.syntax,
      stdinFilepath: flags.stdinFilepath,
      listFixers: flags.listFixers ?? false,
      explain: flags.explain ?? false,
      quiet: flags.quiet ?? false,
      debug: flags.debug ?? false,
      filesFrom: flags.filesFrom,
      shard: flags.shard,
      baseline: flags.baseline,
      updateBaseline: flags.updateBaseline ?? false,
      cacheLocation: flags.cacheLocation ?? (flags.cache ? DEFAULT_CACHE_LOCATION : undefined),
    },
  };
}
