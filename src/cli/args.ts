import { Command, CommanderError, Option } from 'commander';

export type OutputFormat = 'text' | 'diff' | 'json';

export interface CliOptions {
  readonly paths: readonly string[];
  /** Undefined when no flag chose it: one input prints text, several print diffs. */
  readonly format: OutputFormat | undefined;
  /** True, false, or undefined to decide from the terminal and NO_COLOR. */
  readonly color: boolean | undefined;
  readonly glossaries: readonly string[];
  readonly only: readonly string[] | undefined;
  readonly skip: readonly string[] | undefined;
  readonly builtinNames: boolean;
  readonly listFixers: boolean;
  readonly explain: boolean;
  readonly quiet: boolean;
  readonly debug: boolean;
}

/** What parsing produced: options to run with, or text commander printed (help, version) and its exit code. */
export type Parsed = { readonly kind: 'run'; readonly options: CliOptions } | { readonly kind: 'exit'; readonly code: number };

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const EXAMPLES = `
Examples:
  $ unmangle article.txt                  print the corrected article
  $ unmangle --diff article.txt           show what would change, as a unified diff
  $ cat transcript.txt | unmangle > clean.txt
  $ unmangle --explain article.txt        corrected text on stdout, each change and why on stderr
  $ unmangle --format json article.txt    every change with its position, for programs
  $ unmangle -g names.yaml article.txt    use a glossary of the names in your beat
  $ unmangle --only repeated-phrase a.txt run one fixer (see --list-fixers)

Exit codes: 0 ok, 2 usage or input error.`;

/** A fresh commander program; it never exits the process and writes only through `output`. */
export function createProgram(version: string, output: ProgramOutput): Command {
  return new Command('unmangle')
    .description('Repair machine-translated and speech-recognised text: repeats, misheard names, a/an, spacing.')
    .argument('[paths...]', 'files to clean; none or - reads standard input')
    .addOption(new Option('--diff', 'print a unified diff instead of the corrected text').conflicts('format'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'diff', 'json']))
    .option('--color', 'colour the diff even when not on a terminal')
    .option('--no-color', 'never colour (NO_COLOR in the environment does the same)')
    .option('-g, --glossary <file>', 'a glossary of names (YAML, JSON or prh); repeatable', collect)
    .option('--no-builtin-names', 'do not use the built-in country names, demonyms and capitals')
    .option('--only <fixers>', 'run only these fixers (comma-separated)', splitList)
    .option('--skip <fixers>', 'run every fixer but these (comma-separated)', splitList)
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

/** Parse `argv` (without node and script). Commander's own errors come back as exit code 2. */
export function parseArgs(argv: readonly string[], version: string, output: ProgramOutput): Parsed {
  const program = createProgram(version, output);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: 'exit', code: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  const flags = program.opts<{
    diff?: boolean;
    format?: OutputFormat;
    color?: boolean;
    glossary?: string[];
    builtinNames?: boolean;
    only?: string[];
    skip?: string[];
    listFixers?: boolean;
    explain?: boolean;
    quiet?: boolean;
    debug?: boolean;
  }>();
  const colorSource = program.getOptionValueSource('color');
  return {
    kind: 'run',
    options: {
      paths: program.args,
      format: flags.diff ? 'diff' : flags.format,
      color: colorSource === 'cli' ? flags.color : undefined,
      glossaries: flags.glossary ?? [],
      builtinNames: flags.builtinNames ?? true,
      only: flags.only,
      skip: flags.skip,
      listFixers: flags.listFixers ?? false,
      explain: flags.explain ?? false,
      quiet: flags.quiet ?? false,
      debug: flags.debug ?? false,
    },
  };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function splitList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return [...(previous ?? []), ...items];
}
