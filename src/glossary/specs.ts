import { GlossaryError, type NameEntry } from './types.js';

/**
 * Run every entry's self-tests (prh's specs): cleaning `from` must give `to`. A failure is an error naming
 * the entry and its line, so a glossary that does not do what its author meant never runs.
 */
export function checkSpecs(entries: readonly NameEntry[], clean: (text: string) => string): void {
  for (const entry of entries) {
    for (const spec of entry.specs) {
      const got = clean(spec.from);
      if (got !== spec.to) {
        throw new GlossaryError(
          `${entry.origin.file}:${spec.line}: spec of "${entry.name}" failed: "${spec.from}" gave "${got}", expected "${spec.to}"`,
        );
      }
    }
  }
}
