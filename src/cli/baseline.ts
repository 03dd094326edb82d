import { resolve } from 'node:path';
import { applyEdits } from '../core/apply-edits.js';
import { UsageError } from '../core/errors.js';
import type { Result } from '../core/types.js';
import { describeError } from '../node/describe-error.js';
import type { CliIo } from '../node/io-types.js';
import { pathFromFolderOf } from '../node/paths.js';
import { findingKeys, keyText, type FindingKey, type FindingKeys } from '../reporters/finding-key.js';
import type { CliOptions } from './options.js';
import { printableName } from './printable.js';

/** One recorded finding: where, which rule, its text and context, and how many such there are in the file. */
interface Entry extends Omit<FindingKey, 'occurrence'> {
  /** Relative to the baseline's folder, with `/`. */
  readonly path: string;
  readonly count: number;
}

const FORMAT_VERSION = 1;
const ABOUT = 'unmangle --baseline: findings listed here do not fail --check. Rewrite with: unmangle --check --baseline FILE --update-baseline PATHS';
const MAX_BASELINE_BYTES = 100_000_000;

/**
 * A baseline: the findings a project has accepted for now, so `--check` fails only on new ones. A finding
 * is its file, rule, text and context (see FindingKey), never its line: an edit above it keeps it known.
 * Files this run did not see keep their entries, so a run over part of a tree (staged files, one shard)
 * neither reports nor drops the rest.
 */
export class Baseline {
  /** Entries by path, then by key text (rule, context, text) with their counts. */
  private readonly recorded = new Map<string, Map<string, Entry>>();
  /** What this run found, by path: the entries an update writes for the files seen. */
  private readonly found = new Map<string, Map<string, Entry>>();
  private newFindings = 0;

  private constructor(
    private readonly file: string,
    private readonly shownAs: string,
  ) {}

  /** The run's baseline, or null without --baseline; it goes with --check and -l only. */
  static async forRun(options: CliOptions, io: CliIo): Promise<Baseline | null> {
    if (options.updateBaseline && options.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE: the file to write');
    if (options.baseline === undefined) return null;
    if (options.mode !== 'check' && options.mode !== 'list') throw new UsageError('--baseline goes with --check or --list-different (-l)');
    return Baseline.load(options.baseline, io, options.updateBaseline);
  }

  /** Read the baseline; a missing one is empty when it is about to be written, else an error. */
  static async load(named: string, io: CliIo, updating: boolean): Promise<Baseline> {
    const baseline = new Baseline(resolve(io.cwd, named), printableName(named));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode((await io.fs.readFile(baseline.file, { maxBytes: MAX_BASELINE_BYTES, regularOnly: true })).bytes);
    } catch (error) {
      if (updating && (error as { code?: string }).code === 'ENOENT') return baseline;
      const hint = (error as { code?: string }).code === 'ENOENT' ? '; make it with --update-baseline' : '';
      throw new UsageError(`${baseline.shownAs}: ${describeError(error)}${hint}`);
    }
    for (const entry of parseEntries(text, baseline.shownAs)) {
      if (!baseline.recorded.has(entry.path)) baseline.recorded.set(entry.path, new Map());
      add(baseline.recorded.get(entry.path)!, entry);
    }
    return baseline;
  }

  /**
   * The file's result with only the findings the baseline does not hold; its output applies only the new
   * changes, so a diff shows those. With it, the keys of those findings as found in the whole result, so a
   * finding's key (and SARIF fingerprint) is the same with or without the baseline. `path` is the file as
   * found (null: standard input, named `name`).
   */
  filter(path: string | null, name: string, cwd: string, result: Result): { readonly result: Result; readonly keys: FindingKeys } {
    const key = pathFromFolderOf(this.file, cwd, path ?? name);
    const known = this.recorded.get(key);
    const seen = new Map<string, Entry>();
    this.found.set(key, seen);
    const keys = findingKeys(result);
    const isNew = keys.changes.concat(keys.suggestions).map(({ occurrence, ...entry }) => {
      add(seen, { path: key, ...entry, count: 1 });
      return occurrence > (known?.get(keyText(entry))?.count ?? 0);
    });
    const newChanges = (_: unknown, i: number): boolean => isNew[i]!;
    const newSuggestions = (_: unknown, i: number): boolean => isNew[keys.changes.length + i]!;
    const changes = result.changes.filter(newChanges);
    const suggestions = result.suggestions.filter(newSuggestions);
    this.newFindings += changes.length + suggestions.length;
    const kept = { changes: keys.changes.filter(newChanges), suggestions: keys.suggestions.filter(newSuggestions) };
    if (changes.length === result.changes.length && suggestions.length === result.suggestions.length) return { result, keys };
    const edits = changes.map((change) => ({ range: [change.offset, change.offset + change.length] as const, text: change.replacement }));
    return { result: { input: result.input, output: applyEdits(result.input, edits).text, changes, suggestions }, keys: kept };
  }

  /** Findings of the files seen that the baseline holds and this run no longer found. */
  fixedCount(): number {
    let fixed = 0;
    for (const [path, seen] of this.found) {
      for (const [key, entry] of this.recorded.get(path) ?? []) fixed += Math.max(0, entry.count - (seen.get(key)?.count ?? 0));
    }
    return fixed;
  }

  /** The closing line of a run: what no longer occurs and, when updating, what was written. */
  async finish(io: CliIo, update: boolean): Promise<string> {
    const fixed = this.fixedCount();
    if (!update) {
      if (fixed === 0) return '';
      return `unmangle: ${plural(fixed, 'finding')} of ${this.shownAs} ${fixed === 1 ? 'is' : 'are'} fixed (no longer found); --update-baseline drops ${fixed === 1 ? 'it' : 'them'}\n`;
    }
    for (const [path, seen] of this.found) this.recorded.set(path, seen);
    const entries = [...this.recorded.values()].flatMap((byKey) => [...byKey.values()]).sort(compareEntries);
    const document = { version: FORMAT_VERSION, about: ABOUT, findings: entries };
    try {
      await io.fs.writeOwnFile(this.file, new TextEncoder().encode(JSON.stringify(document, null, 2) + '\n'));
    } catch (error) {
      throw new UsageError(`${this.shownAs}: could not be written (${describeError(error)})`);
    }
    return `unmangle: wrote ${this.shownAs}: ${plural(entries.reduce((sum, entry) => sum + entry.count, 0), 'finding')} (${this.newFindings} new, ${fixed} fixed and dropped)\n`;
  }
}

/** Count one more entry under its key (rule, context, text). */
function add(byKey: Map<string, Entry>, entry: Entry): void {
  const text = keyText(entry);
  const known = byKey.get(text);
  byKey.set(text, known ? { ...known, count: known.count + entry.count } : entry);
}

/** The entries of a baseline file, checked field by field: a hand-edited baseline that went wrong says where. */
function parseEntries(text: string, shownAs: string): Entry[] {
  const bad = (why: string): never => {
    throw new UsageError(`${shownAs}: not an unmangle baseline: ${why}`);
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return bad(`invalid JSON (${(error as Error).message})`);
  }
  const { version, findings } = (document ?? {}) as { version?: unknown; findings?: unknown };
  if (version !== FORMAT_VERSION) bad(`"version" must be ${FORMAT_VERSION}`);
  if (!Array.isArray(findings)) return bad('"findings" must be a list');
  return findings.map((entry: Record<string, unknown>, i) => {
    for (const field of ['path', 'rule', 'original', 'before', 'after'] as const) {
      if (typeof entry?.[field] !== 'string') bad(`findings[${i}].${field} must be a string`);
    }
    if (!Number.isInteger(entry['count']) || (entry['count'] as number) < 1) bad(`findings[${i}].count must be a whole number of at least 1`);
    const { path, rule, original, before, after, count } = entry as unknown as Entry;
    return { path, rule, original, before, after, count };
  });
}

/** By path, rule, then the text and its context, in code unit order: the same findings always sort alike. */
function compareEntries(a: Entry, b: Entry): number {
  for (const field of ['path', 'rule', 'original', 'before', 'after'] as const) {
    if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
  }
  return 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
