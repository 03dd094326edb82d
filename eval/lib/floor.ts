import type { Figures } from './report.js';

/** What the benchmark may not fall below, as recorded in eval/floor.json. */
export interface Floor {
  readonly figures: Figures;
  /** Keep cases broken when the floor was recorded: no other may break. */
  readonly brokenKeeps: readonly string[];
}

/** The floor only rises: each figure at its best recorded value, each keep broken then and still broken. */
export function raiseFloor(old: Floor | null, figures: Figures, brokenKeeps: readonly string[]): Floor {
  if (!old) return { figures, brokenKeeps };
  const raised: Figures = { ...old.figures };
  for (const [key, value] of Object.entries(figures)) raised[key] = Math.max(value, old.figures[key] ?? 0);
  const broken = new Set(brokenKeeps);
  return { figures: raised, brokenKeeps: old.brokenKeeps.filter((id) => broken.has(id)) };
}

/** Each way the current figures fall short of the floor, in words; empty when none does. */
export function belowFloor(floor: Floor, figures: Figures, brokenKeeps: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(floor.figures)) {
    const now = figures[key];
    // A precision with no changes left to judge has nothing wrong in it; a recall must stay measured.
    if (now === undefined && key.endsWith('.precision')) continue;
    if (now === undefined) problems.push(`${key}: no longer measured (was ${value.toFixed(3)})`);
    else if (now < value - 1e-9) problems.push(`${key}: ${now.toFixed(3)}, below the floor of ${value.toFixed(3)}`);
  }
  const allowed = new Set(floor.brokenKeeps);
  for (const id of brokenKeeps) if (!allowed.has(id)) problems.push(`keep case broken: ${id}`);
  return problems;
}
