import { UsageError } from '../core/errors.js';
import { describeError } from '../node/describe-error.js';
import type { InputFile } from '../node/inputs.js';
import type { CliIo } from '../node/io-types.js';
import type { SettingsFiles } from '../node/settings-files.js';
import type { CliOptions } from './args.js';
import { printableName } from './printable.js';

/** One input to clean: a file, or standard input. */
export interface Target {
  /** null: standard input. */
  readonly path: string | null;
  /** The path, or stdin's name, as it can be printed on one line (see printableName). */
  readonly name: string;
  /** The path as it is, for output that escapes names its own way (JSON, GitHub, -z). */
  readonly rawName: string;
  readonly explicit: boolean;
}

/** A path that gave no input (missing, unreadable, a glob that matches nothing): already said on stderr. */
export interface FailedInput {
  readonly path: string;
  readonly message: string;
}

/** What finding the inputs reads of the options: `unmangle learn` has these and no others. */
export type TargetOptions = Pick<CliOptions, 'paths' | 'mode' | 'stdinFilepath' | 'extensions' | 'ignorePaths' | 'quiet'>;

/**
 * The inputs: standard input, or the files the paths name, folders and globs expanded. `mine`: only the
 * paths it takes are this run's, their problems said and their files kept (see --shard).
 */
export async function findTargets(
  options: TargetOptions,
  io: CliIo,
  settingsFiles: SettingsFiles,
  mine: (path: string) => boolean = () => true,
): Promise<{ targets: Target[]; failedInputs: FailedInput[] }> {
  // In a terminal with nothing piped in, reading standard input would wait for ever: say what to do.
  if (options.paths.length === 0 && io.stdinIsTTY) throw new UsageError('no input: name files or folders, or pipe text in (see --help)');
  const paths = options.paths.length > 0 ? options.paths : ['-'];
  if (paths.includes('-')) {
    if (paths.length > 1) throw new UsageError('standard input (-) cannot be read together with files');
    if (options.mode === 'write') throw new UsageError('--write needs files to write; standard input has none');
    const name = options.stdinFilepath ?? '<stdin>';
    return { targets: [{ path: null, name: printableName(name), rawName: name, explicit: true }], failedInputs: [] };
  }
  // Loaded only for paths: its glob and ignore matchers (100 KB of code) never run for standard input.
  const { collectInputs, DEFAULT_EXTENSIONS, normalize } = await import('../node/inputs.js');
  let found;
  try {
    found = await collectInputs(paths, io.fs, {
      cwd: io.cwd,
      extensions: options.extensions ?? DEFAULT_EXTENSIONS,
      ignorePaths: options.ignorePaths,
      settingsFiles,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EIGNOREPATH') throw new UsageError(`--ignore-path ${(error as Error).message}`);
    if (code === 'EIGNOREFILE') throw new UsageError(`${normalize((error as Error).message, io.cwd)}: ${describeError((error as Error).cause)}`);
    throw error;
  }
  const problems = found.problems.filter((problem) => mine(problem.path));
  for (const problem of problems) {
    if (problem.error) io.writeErr(`unmangle: ${printableName(problem.path)}: ${problem.message}\n`);
    else if (!options.quiet) io.writeErr(`unmangle: warning: ${printableName(problem.path)}: ${problem.message}\n`);
  }
  const targets = found.files.filter((file) => mine(file.path)).map((file: InputFile) => ({ path: file.path, name: printableName(file.path), rawName: file.path, explicit: file.explicit }));
  return { targets, failedInputs: problems.filter((problem) => problem.error) };
}

