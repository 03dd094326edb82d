import { runPipeline, type PipelineStep } from './core/engine.js';
import type { Env, FixerId, Result } from './core/types.js';
import { compileFixer, FIXERS, FIXER_IDS, isFixerId, type FixerOptions } from './fixers/index.js';

export type { Change, ChangeStep, Edit, Finding, FixerId, Point, Range, Result } from './core/types.js';
export { applyEdits } from './core/apply-edits.js';
export { tokenize } from './core/tokenize.js';
export { FIXERS, FIXER_IDS } from './fixers/index.js';

export interface UnmangleOptions {
  /** Run only these fixers. */
  readonly only?: readonly string[];
  /** Run every fixer but these. */
  readonly skip?: readonly string[];
  /** A fix at or above this confidence is applied (default 0.75); below, it is a suggestion. */
  readonly fixThreshold?: number;
  /** A finding below this confidence is not reported at all (default 0.4). */
  readonly suggestThreshold?: number;
  /** Passes over the text before giving up on reaching a stable result (default 10). */
  readonly maxPasses?: number;
  readonly fixers?: FixerOptions;
}

export const DEFAULT_FIX_THRESHOLD = 0.75;
export const DEFAULT_SUGGEST_THRESHOLD = 0.4;

/**
 * Compile the pipeline once (fixers build their indexes here) and return a function that cleans one
 * document. Throws on bad options, such as an unknown fixer name.
 */
export function createUnmangler(options: UnmangleOptions = {}): (text: string) => Result {
  const only = validIds(options.only, 'only');
  const skip = validIds(options.skip, 'skip');
  const env: Env = { fixThreshold: options.fixThreshold ?? DEFAULT_FIX_THRESHOLD };
  const steps: PipelineStep[] = FIXERS.filter((fixer) => (!only || only.has(fixer.id)) && !skip?.has(fixer.id)).map(
    (fixer) => ({ id: fixer.id, check: compileFixer(fixer, options.fixers ?? {}, env) }),
  );
  const engineOptions = {
    fixThreshold: env.fixThreshold,
    suggestThreshold: options.suggestThreshold ?? DEFAULT_SUGGEST_THRESHOLD,
    maxPasses: options.maxPasses ?? 10,
  };
  return (text) => runPipeline(text, steps, engineOptions);
}

/** Clean one text: the corrected output, every change made, and the suggestions not applied. */
export function unmangle(text: string, options: UnmangleOptions = {}): Result {
  return createUnmangler(options)(text);
}

function validIds(ids: readonly string[] | undefined, option: string): Set<FixerId> | null {
  if (ids === undefined) return null;
  for (const id of ids) {
    if (!isFixerId(id)) throw new UsageError(`--${option}: unknown fixer \`${id}\` (known: ${FIXER_IDS.join(', ')})`);
  }
  return new Set(ids as FixerId[]);
}

/** A mistake in how unmangle was called or configured: reported as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
