import { UsageError } from '../../core/errors.js';
import { syntaxFor } from '../../formats/index.js';
import { interruption, InterruptedError, onInterrupt } from '../../node/interrupt.js';
import type { CliIo, Keyboard } from '../../node/io-types.js';
import { sharedPool } from '../../node/pool.js';
import { SettingsFiles } from '../../node/settings-files.js';
import type { CliOptions } from '../args.js';
import { readInput, sayUnread } from '../read-input.js';
import { SettingsResolver } from '../settings.js';
import { findTargets, type Target } from '../targets.js';
import { writeBack } from '../write-back.js';
import { renumberCues } from './cue-numbers.js';
import { GlossaryTarget } from './glossary-target.js';
import { describeAdditions, tryAddition, writeAdditions } from './glossary-write.js';
import { readLine } from './line-input.js';
import { Review } from './queue.js';
import { Screen } from './screen.js';
import { reviewFile } from './session.js';

interface Totals {
  written: number;
  accepted: number;
  rejected: number;
  kept: number;
  failed: number;
}

/**
 * `unmangle -i`: each file is cleaned, its changes and suggestions are put to the reviewer one by one,
 * and what was accepted is written when the file is done (or on `q`), atomically: a file is either as it
 * was or has all its accepted edits. A signal (Ctrl-C) leaves the file under review as it was.
 */
export async function runReview(options: CliOptions, io: CliIo): Promise<number> {
  refuseWithoutTerminal(options, io);
  const settingsFiles = new SettingsFiles(io.fs);
  const settings = await SettingsResolver.create(options, io, settingsFiles);
  const { targets, failedInputs } = await findTargets(options, io, settingsFiles);
  const color = options.color ?? !io.env['NO_COLOR'];
  const totals: Totals = { written: 0, accepted: 0, rejected: 0, kept: 0, failed: failedInputs.length };
  const cleaner = sharedPool(1);
  const stopCleaning = onInterrupt(() => cleaner.abort());
  const keys = io.openKeyboard!();
  const write = (text: string): void => io.writeOut(text);
  const glossaries = new GlossaryTarget(settings, io.cwd, (prompt) => readLine(keys, write, prompt));
  try {
    for (const target of targets) {
      const outcome = await reviewTarget(target, { options, io, settings, cleaner, keys, write, glossaries, color, totals });
      if (outcome === 'quit') break;
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    write('\n');
    summary(io, totals, options.quiet);
    throw new UsageError(`interrupted${interruption.signal ? ` (${interruption.signal})` : ''}: files already written are complete, the file under review and those after it untouched`);
  } finally {
    keys.close();
    stopCleaning();
    await cleaner.close();
  }
  summary(io, totals, options.quiet);
  return totals.failed > 0 ? 2 : 0;
}

/** Flags of a whole-run check that a review has no use for: refused rather than ignored. */
const NOT_WITH_REVIEW: readonly (readonly [string, (options: CliOptions) => boolean])[] = [
  ['--diff', (options) => options.diff],
  ['--update-baseline', (options) => options.updateBaseline],
  ['--baseline', (options) => options.baseline !== undefined],
  ['--cache', (options) => options.cacheLocation !== undefined],
  ['--shard', (options) => options.shard !== undefined],
  ['--files-from', (options) => options.filesFrom !== undefined],
];

/** Refused, in one line, where no one can answer (not a terminal, CI, standard input), and with a flag it would ignore. */
function refuseWithoutTerminal(options: CliOptions, io: CliIo): void {
  const ignored = NOT_WITH_REVIEW.find(([, given]) => given(options));
  if (ignored) throw new UsageError(`--interactive cannot go with ${ignored[0]}`);
  if (options.format !== undefined && options.format !== 'text') throw new UsageError(`--interactive cannot go with --format ${options.format}`);
  if (io.env['CI']) throw new UsageError('--interactive needs someone at a terminal, and CI is set: use --check or --write');
  if (!io.stdinIsTTY || !io.stdoutIsTTY || !io.openKeyboard) throw new UsageError('--interactive needs a terminal for its keys and screen: use --check or --write');
  if (options.paths.length === 0 || options.paths.includes('-')) throw new UsageError('--interactive needs files to review (standard input is the keyboard)');
}

interface Run {
  readonly options: CliOptions;
  readonly io: CliIo;
  readonly settings: SettingsResolver;
  readonly cleaner: ReturnType<typeof sharedPool>;
  readonly keys: Keyboard;
  readonly write: (text: string) => void;
  readonly glossaries: GlossaryTarget;
  readonly color: boolean;
  readonly totals: Totals;
}

async function reviewTarget(target: Target, run: Run): Promise<'done' | 'quit'> {
  const { io, options, settings, totals } = run;
  const path = target.path!;
  const input = await readInput(path, io, options.maxSizeMb * 1_000_000, target.explicit);
  if ('error' in input) {
    if (sayUnread(io, target, input, options.quiet) === 'failed') totals.failed++;
    return 'done';
  }
  const { key, options: cleanOptions } = await settings.forFile(path);
  const syntax = options.syntax ?? syntaxFor(path, input.text);
  const review = new Review(await run.cleaner.clean(key, cleanOptions, input.text, syntax));
  if (review.current() === null) {
    if (!options.quiet) run.write(`${target.name}: nothing to review\n`);
    return 'done';
  }
  const keep = (await settings.configFor(path)).interactive?.keep ?? 'glossary';
  const screen = new Screen({ color: run.color, keep });
  // Keys typed ahead were for the file before (or none): this file's first item was not yet on screen.
  run.keys.discardTyped();
  const outcome = await reviewFile(review, {
    name: target.name,
    keys: run.keys,
    write: run.write,
    screen,
    keep,
    glossary: () => run.glossaries.forFile(path),
    tryAddition: (addition) => tryAddition(io, settings, path, review.additions(), addition),
  });
  const edited = review.output();
  const output = syntax === 'srt' ? renumberCues(input.text, edited) : edited;
  if (output !== input.text) {
    const failure = await writeBack(io, path, output, input.version!);
    if (failure) {
      io.writeErr(`unmangle: ${target.name}: ${failure}\n`);
      // The additions were decided with the file's edits, and go (or not) with them; said, so none is lost unseen.
      const additions = review.additions();
      if (additions.length > 0) run.write(`glossary not changed (file not written): ${describeAdditions(additions.map((pending) => pending.addition))}\n`);
      totals.failed++;
      return outcome;
    }
    totals.written++;
    run.write(`wrote ${target.name}\n`);
  }
  // Counted once the file has them: the summary says what was written.
  const tally = review.tally();
  totals.accepted += tally.accepted;
  totals.rejected += tally.rejected;
  totals.kept += tally.kept;
  const { lines, failed } = await writeAdditions(io, settings, path, review.additions());
  for (const line of lines) run.write(`${line}\n`);
  totals.failed += failed;
  return outcome;
}

function summary(io: CliIo, totals: Totals, quiet: boolean): void {
  if (quiet) return;
  const plural = (count: number, what: string): string => `${count} ${what}${count === 1 ? '' : 's'}`;
  io.writeErr(`${plural(totals.written, 'file')} written: ${plural(totals.accepted, 'edit')} accepted, ${totals.rejected} rejected, ${totals.kept} kept as written\n`);
}
