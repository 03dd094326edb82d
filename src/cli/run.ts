import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Result } from '../core/types.js';
import { syntaxFor } from '../formats/index.js';
import { describeConfig } from '../node/config.js';
import { SettingsFiles } from '../node/settings-files.js';
import { InterruptedError, onInterrupt } from '../node/interrupt.js';
import { defaultWorkerCount, maxWorkerCount, sharedPool, type Cleaner } from '../node/pool.js';
import { summaryLine } from '../reporters/check.js';
import { explainReporter, outputReporter } from '../reporters/index.js';
import { DOCUMENT_FORMATS } from '../reporters/types.js';
import { packageVersion } from './version.js';
import type { CliOptions, OutputFormat } from './args.js';
import type { CliIo, FileVersion } from '../node/io-types.js';
import { Progress } from './progress.js';
import { readInput, sayUnread } from './read-input.js';
import { SettingsResolver } from './settings.js';
import type { Target } from './targets.js';
import { Baseline } from './baseline.js';
import { CleanCache } from '../node/cache.js';
import { inOrder } from './in-order.js';
import { findShardTargets } from './shard.js';
import { stopIfInterrupted, writeBack } from './write-back.js';

export const ExitCode = { Ok: 0, WouldChange: 1, Error: 2 } as const;

/**
 * Below this many files, worker threads cost more than they save: measured on 2 cores, 500 article-sized
 * files ran 8% slower on two threads than on one, 2,000 ran 6% faster (see the README's benchmark).
 */
const FILES_FOR_WORKERS = 1000;

/** One input after reading and cleaning: its result, or why it could not be processed. */
type Outcome = { readonly result: Result; readonly version: FileVersion | null; readonly cacheKey?: string | undefined } | { readonly error: string; readonly undecodable?: true };


/** The command line's work once parsed: find the inputs, clean them in order, report, choose the exit code. */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
  // Which folders hold ignore and config files, listed once per folder for the walk and the settings alike.
  const settingsFiles = new SettingsFiles(io.fs);
  const settings = await SettingsResolver.create(options, io, settingsFiles);
  if (options.printConfig !== undefined) {
    io.writeOut(describeConfig(await settings.configFor(resolve(io.cwd, options.printConfig)), io.cwd));
    return ExitCode.Ok;
  }
  if (options.nulSeparated && options.mode !== 'list') throw new UsageError('-z goes with --list-different (-l)');
  const { targets, failedInputs } = await findShardTargets(options, io, settingsFiles);
  const baseline = await Baseline.forRun(options, io);
  const warn = (message: string): void => void (options.quiet || io.writeErr(`unmangle: warning: ${message}\n`));
  const version = packageVersion();
  const cache = options.cacheLocation === undefined ? null : await CleanCache.open(options.cacheLocation, io.cwd, version, io.fs, warn);
  const format = chooseFormat(options, targets);
  const color = options.color ?? (!io.env['NO_COLOR'] && io.stdoutIsTTY);
  const workers = workerCount(options, io);
  // --workers N is taken at its word; by default threads are used only where they pay off.
  const threaded = workers > 1 && (options.workers !== undefined || targets.length >= FILES_FOR_WORKERS);
  // Long texts are cleaned on a worker thread whatever the count, so a signal can end the run at once.
  const cleaner: Cleaner = sharedPool(threaded && targets.length > 1 ? workers : 1);
  const stopCleaning = onInterrupt(() => cleaner.abort());
  const progress = new Progress(io, targets.length, options.quiet);
  // Words are marked by default only where colour shows them; piped, a diff stays one `patch` reads.
  const wordDiff = options.diffStyle ? options.diffStyle === 'word' : color;
  const output = outputReporter(format, options.mode, { color, diff: options.diff, wordDiff, nulSeparated: options.nulSeparated, toolVersion: version });
  // JSON, SARIF, rdjson, GitHub commands and -z escape names their own way; every other line gets the printable name.
  const raw = DOCUMENT_FORMATS.includes(format) || format === 'github' || options.nulSeparated;
  const reported = (target: Target): string => (raw ? target.rawName : target.name);
  const explain = options.explain && !options.quiet ? explainReporter(color) : null;
  const tally = { files: targets.length, changed: 0, failed: failedInputs.length };
  // Paths that gave no file are errors of the report too (JSON lists them), not only lines on stderr.
  for (const failed of failedInputs) io.writeOut(output.file({ path: failed.path, error: failed.message }));

  const process = async (target: Target): Promise<Outcome> => {
    const input = await readInput(target.path, io, options.maxSizeMb * 1_000_000, target.explicit);
    if ('error' in input) return input;
    try {
      const named = target.path ?? options.stdinFilepath ?? null;
      const { key, options: cleanOptions } = await settings.forFile(named);
      const syntax = options.syntax ?? syntaxFor(named, input.text);
      // A file found clean before, with the same text and settings, is clean now: not cleaned again.
      const cacheKey = target.path === null ? undefined : cache?.keyOf(key, cleanOptions, syntax, input.text);
      if (cacheKey && cache!.isClean(target.path!, cacheKey)) return { result: unchanged(input.text), version: input.version, cacheKey };
      return { result: await cleaner.clean(key, cleanOptions, input.text, syntax), version: input.version, cacheKey };
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if (error instanceof InterruptedError) stopIfInterrupted();
      const detail = options.debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)';
      return { error: `internal error: ${(error as Error).message}${detail}` };
    }
  };

  const report = async (target: Target, outcome: Outcome, done: number): Promise<void> => {
    stopIfInterrupted();
    progress.tick(done);
    if ('error' in outcome) {
      if (sayUnread(io, target, outcome, options.quiet) === 'skipped') {
        // A skipped file was neither checked nor fixed: the summary does not count it.
        tally.files--;
        return;
      }
      tally.failed++;
      io.writeOut(output.file({ path: reported(target), error: outcome.error }));
      return;
    }
    if (outcome.cacheKey) cache!.record(target.path!, outcome.cacheKey, outcome.result);
    const { result, keys } = baseline?.filter(target.path, target.rawName, io.cwd, outcome.result) ?? { result: outcome.result, keys: undefined };
    const changed = result.output !== result.input;
    // The file is written first, whatever the report's format; a file that fails is reported, not counted.
    if (changed && options.mode === 'write') {
      const failure = await writeBack(io, target.path!, result.output, outcome.version!);
      if (failure) {
        io.writeErr(`unmangle: ${target.name}: ${failure}\n`);
        tally.failed++;
        io.writeOut(output.file({ path: reported(target), error: failure }));
        return;
      }
    }
    if (changed) tally.changed++;
    if (explain) io.writeErr(explain.file({ path: target.name, result }));
    io.writeOut(output.file({ path: reported(target), result, ...(keys && { keys }) }));
  };

  try {
    await inOrder(targets, Math.max(4, workers * 4), process, report);
  } finally {
    stopCleaning();
    await cleaner.close();
    progress.done();
  }
  await cache?.save(io.fs, warn);
  io.writeOut(output.end());
  // The baseline is written even with -q; only the line saying so is left out.
  const baselineLine = baseline ? await baseline.finish(io, options.updateBaseline) : '';
  if (baselineLine && !options.quiet) io.writeErr(baselineLine);
  if ((options.mode === 'check' || options.mode === 'write') && !options.quiet) io.writeErr(summaryLine(options.mode, tally));
  if (tally.failed > 0) return ExitCode.Error;
  const judged = (options.mode === 'check' || options.mode === 'list') && !options.updateBaseline;
  return judged && tally.changed > 0 ? ExitCode.WouldChange : ExitCode.Ok;
}

/** --workers as asked, up to twice the cores (with a warning past that); by default from the cores. */
function workerCount(options: CliOptions, io: CliIo): number {
  if (options.workers === undefined) return defaultWorkerCount();
  const cap = maxWorkerCount();
  if (options.workers <= cap) return options.workers;
  if (!options.quiet) io.writeErr(`unmangle: warning: --workers ${options.workers} is more than twice the cores: using ${cap}\n`);
  return cap;
}

/** One file named alone prints as text; anything else prints diffs, unless a flag says otherwise. */
function chooseFormat(options: CliOptions, targets: readonly Target[]): OutputFormat {
  const single = targets.length === 1 && targets[0]!.explicit && options.paths.length <= 1;
  if (options.format === 'text' && options.mode === 'print' && !single) {
    throw new UsageError('several inputs cannot be printed as one text; use --diff, --check or --format json');
  }
  return options.format ?? (options.mode === 'print' && !single ? 'diff' : 'text');
}

/** The result of a text with nothing to change. */
function unchanged(text: string): Result {
  return { input: text, output: text, changes: [], suggestions: [] };
}
