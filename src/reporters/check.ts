import type { Mode } from './types.js';

export interface Tally {
  readonly files: number;
  readonly changed: number;
  readonly failed: number;
}

/** One line for a file that changes (or would): its name and how many changes. */
export function fileLine(mode: Mode, path: string, changes: number): string {
  const count = `${changes} change${changes === 1 ? '' : 's'}`;
  return mode === 'write' ? `fixed ${path} (${count})\n` : `${path}: ${count}\n`;
}

/** The closing line of a --check or --write run. */
export function summaryLine(mode: Mode, tally: Tally): string {
  const files = `${tally.files} file${tally.files === 1 ? '' : 's'}`;
  const failed = tally.failed > 0 ? `; ${tally.failed} could not be processed` : '';
  if (mode === 'write') return `fixed ${tally.changed} of ${files}${failed}\n`;
  if (tally.changed === 0) return `${files} checked: nothing to change${failed}\n`;
  return `${tally.changed} of ${files} would change${failed}; run with --write to fix\n`;
}
