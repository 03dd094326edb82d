import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { documentViews, loadSyntax, syntaxFor } from '../formats/index.js';
import { addToGlossary } from '../glossary/edit.js';
import { englishLexicon } from '../glossary/lexicon.js';
import { parseGlossary } from '../glossary/parse.js';
import type { NameEntry } from '../glossary/types.js';
import { clusterSpellings } from '../learn/cluster.js';
import { CorpusCensus } from '../learn/corpus-census.js';
import { glossaryAdditions, jsonReport, leftOutComments } from '../learn/propose.js';
import { learnSettings } from '../learn/settings.js';
import { describeError } from '../node/describe-error.js';
import type { CliIo, FileVersion } from '../node/io-types.js';
import { MAX_SETTINGS_FILE_BYTES, readSettingsFile } from '../node/read-text.js';
import { SettingsFiles } from '../node/settings-files.js';
import type { LearnOptions } from './learn.js';
import { printableName } from './printable.js';
import { Progress } from './progress.js';
import { readInput, sayUnread } from './read-input.js';
import { findTargets } from './targets.js';
import { stopIfInterrupted, writeBack } from './write-back.js';
import { useEnglishWordsFromDisk } from '../node/english-words.js';

useEnglishWordsFromDisk();

/** The glossary `--merge` names, as read. */
interface MergeTarget {
  readonly path: string;
  readonly text: string;
  readonly version: FileVersion;
  readonly entries: readonly NameEntry[];
}

/**
 * `unmangle learn`: read every file the paths name, count their capitalised spellings, cluster them, and
 * print the proposed glossary (or the merged one, or write that back). A path that gives no file, or a
 * file named that cannot be read, stops it with nothing printed: a glossary learned from part of a corpus
 * would look whole.
 */
export async function runLearn(options: LearnOptions, io: CliIo): Promise<number> {
  if (options.paths.includes('-')) throw new UsageError('learn reads files and folders, not standard input');
  if (options.write && !options.merge) throw new UsageError('--write goes with --merge: it writes the merged glossary back');
  if (options.merge && options.format === 'json') throw new UsageError('--merge prints the glossary in its own format; --format json is for a new proposal');
  const merge = options.merge === undefined ? null : await readMerge(options.merge, io);
  if (merge?.text.trim() === '' && !options.quiet) {
    io.writeErr(`unmangle: warning: ${printableName(merge.path)} is empty (a shell redirection onto the file being merged empties it first: use --write)\n`);
  }
  const { targets, failedInputs } = await findTargets({ ...options, mode: 'print', stdinFilepath: undefined }, io, new SettingsFiles(io.fs));
  if (failedInputs.length > 0) return 2;

  const census = new CorpusCensus();
  const progress = new Progress(io, targets.length, options.quiet);
  let failed = 0;
  try {
    for (const [i, target] of targets.entries()) {
      stopIfInterrupted();
      progress.tick(i);
      const input = await readInput(target.path, io, options.maxSizeMb * 1_000_000, target.explicit);
      if ('error' in input) {
        if (sayUnread(io, target, input, options.quiet) === 'failed') failed++;
        continue;
      }
      const syntax = syntaxFor(target.path, input.text);
      await loadSyntax(syntax);
      // JSON escapes names itself; in YAML comments a name is shown as one printable line.
      census.add(options.format === 'json' ? target.rawName : target.name, documentViews(syntax)(input.text).text);
    }
  } finally {
    progress.done();
  }
  if (failed > 0) return 2;

  const settings = learnSettings(merge?.entries ?? [], englishLexicon(), options);
  const { clusters, leftOut } = clusterSpellings(census, settings);
  if (options.format === 'json') {
    io.writeOut(jsonReport(clusters, leftOut, census.files));
    return 0;
  }
  // A spelling the glossary keeps as written takes no garbles: a cluster it heads is left to the user.
  const kept = new Set((merge?.entries ?? []).filter((entry) => entry.keep).map((entry) => entry.name));
  const additions = glossaryAdditions(clusters, census.files).filter((addition) => !kept.has(addition.name));
  if (!merge) {
    io.writeOut(addToGlossary('', 'learned', additions) + leftOutComments(leftOut));
    return 0;
  }
  const merged = addToGlossary(merge.text, merge.path, additions);
  if (!options.write) {
    io.writeOut(merged);
    return 0;
  }
  if (merged === merge.text) {
    if (!options.quiet) io.writeErr(`unmangle: ${printableName(merge.path)}: nothing to add\n`);
    return 0;
  }
  const failure = await writeBack(io, resolve(io.cwd, merge.path), merged, merge.version);
  if (failure) {
    io.writeErr(`unmangle: ${printableName(merge.path)}: ${failure}\n`);
    return 2;
  }
  if (!options.quiet) io.writeErr(`unmangle: ${printableName(merge.path)}: written with ${additions.length} learned ${additions.length === 1 ? 'name' : 'names'}\n`);
  return 0;
}

/** The glossary to merge into: a missing, unreadable or malformed one stops the run, naming it. */
async function readMerge(path: string, io: CliIo): Promise<MergeTarget> {
  let read;
  try {
    read = await readSettingsFile(io.fs, resolve(io.cwd, path));
  } catch (error) {
    const too = (error as { code?: string }).code === 'EFBIG' ? `is over ${MAX_SETTINGS_FILE_BYTES / 1e6} MB` : describeError(error);
    throw new UsageError(`${path}: ${too}`);
  }
  return { path, ...read, entries: parseGlossary(read.text, path) };
}
