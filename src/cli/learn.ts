import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from '../node/io-types.js';
import { DEFAULT_MAX_SIZE_MB, inputOptions, positiveInteger, withDots } from './option-values.js';
import { failureLine } from './printable.js';

export interface LearnOptions {
  readonly paths: readonly string[];
  readonly minCount: number;
  readonly minConfidence: number;
  /** A glossary to add to; printed merged, or written back with `write`. */
  readonly merge: string | undefined;
  readonly write: boolean;
  readonly format: 'yaml' | 'json';
  readonly extensions: readonly string[] | undefined;
  readonly ignorePaths: readonly string[];
  readonly maxSizeMb: number;
  readonly quiet: boolean;
  readonly debug: boolean;
}

export const DEFAULT_MIN_COUNT = 2;
export const DEFAULT_MIN_CONFIDENCE = 0.7;

const EXAMPLES = `
Examples:
  $ unmangle learn articles/ > names.yaml          propose a glossary from a folder
  $ unmangle learn --merge names.yaml articles/    print names.yaml with what the folder adds
  $ unmangle learn --merge names.yaml --write articles/   add it to names.yaml in place (atomically)
  $ unmangle learn --format json transcripts/ | jq .glossary

Each entry's comment gives its confidence, how often each spelling is written and where. Read them:
a wrong variant would rewrite a correct name everywhere.`;

function confidence(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return number;
}

function program(io: CliIo): Command {
  const command = new Command('unmangle learn')
    .description('Propose a glossary from a folder of articles or transcripts: the capitalised names whose spellings sound and spell alike, each with its dominant spelling as the name and the others as its variants.')
    .argument('<paths...>', 'files, folders (recursive) or globs to learn from')
    .option('--min-count <n>', `propose a name only if it is written at least this often (default: ${DEFAULT_MIN_COUNT})`, positiveInteger)
    .option('--min-confidence <x>', `leave out variants scored below this, 0 to 1 (default: ${DEFAULT_MIN_CONFIDENCE})`, confidence)
    .option('--merge <glossary>', 'add to this glossary (YAML, JSON or prh): its entries, order and comments are kept, nothing is dropped; printed unless --write')
    .option('--write', 'with --merge: write the merged glossary back to its file (atomically) instead of printing it')
    .addOption(new Option('--format <format>', 'what to print: a YAML glossary, or a JSON report with the glossary in it').choices(['yaml', 'json']).default('yaml'));
  for (const option of inputOptions()) command.addOption(option);
  return command
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('--debug', 'print stack traces for errors')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.writeOut(text), writeErr: (text) => io.writeErr(text) });
}

interface Flags {
  minCount?: number;
  minConfidence?: number;
  merge?: string;
  write?: boolean;
  format: 'yaml' | 'json';
  ext?: string[];
  ignorePath?: string[];
  maxSize?: number;
  quiet?: boolean;
  debug?: boolean;
}

/** `unmangle learn …` (argv after `learn`): parse, then run. Returns the exit code; every byte goes through `io`. */
export async function learnMain(argv: readonly string[], io: CliIo): Promise<number> {
  const command = program(io);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags = command.opts<Flags>();
  const options: LearnOptions = {
    paths: command.args,
    minCount: flags.minCount ?? DEFAULT_MIN_COUNT,
    minConfidence: flags.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    merge: flags.merge,
    write: flags.write ?? false,
    format: flags.format,
    extensions: withDots(flags.ext),
    ignorePaths: flags.ignorePath ?? [],
    maxSizeMb: flags.maxSize ?? DEFAULT_MAX_SIZE_MB,
    quiet: flags.quiet ?? false,
    debug: flags.debug ?? false,
  };
  const { UsageError } = await import('../core/errors.js');
  try {
    const { runLearn } = await import('./learn-run.js');
    return await runLearn(options, io);
  } catch (error) {
    io.writeErr(failureLine(error, error instanceof UsageError, options.debug));
    return 2;
  }
}
