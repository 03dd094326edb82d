import type { Review } from './review.js';

/** The side panel's read-outs: counts by fixer and the glossary in use. */
export function showCounts(body: HTMLTableSectionElement, review: Review | null): void {
  const rows = (review?.countsByFixer() ?? []).map((count) => {
    const row = document.createElement('tr');
    const fixer = document.createElement('th');
    fixer.scope = 'row';
    fixer.textContent = count.fixer;
    row.append(fixer, cell(count.changesApplied, count.changes), cell(count.suggestionsApplied, count.suggestions));
    return row;
  });
  body.replaceChildren(...rows);
}

function cell(applied: number, found: number): HTMLTableCellElement {
  const element = document.createElement('td');
  element.textContent = found === 0 ? '–' : `${applied} of ${found}`;
  return element;
}

/** The glossary in use and its names; `names` is null while it has an error, and it is not used. */
export function showGlossary(element: HTMLElement, file: string | null, names: readonly string[] | null, builtinNames: boolean): void {
  const builtin = builtinNames ? 'the built-in country names' : 'no built-in names';
  if (file === null || names === null) {
    element.textContent = file === null ? `None: ${builtin} only.` : `${file} is not in use: it has an error.`;
    return;
  }
  const listed = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
  element.textContent = `${file}: ${names.length} ${names.length === 1 ? 'name' : 'names'} (${listed}), with ${builtin}.`;
}

/** Counts for the status line: "14 changes (13 applied), 2 suggestions (0 applied)". */
export function summary(review: Review): string {
  const counts = review.countsByFixer();
  const sum = (pick: (count: (typeof counts)[number]) => number): number => counts.reduce((total, count) => total + pick(count), 0);
  const changes = sum((count) => count.changes);
  const suggestions = sum((count) => count.suggestions);
  return `${plural(changes, 'change')} (${sum((count) => count.changesApplied)} applied), ${plural(suggestions, 'suggestion')} (${sum((count) => count.suggestionsApplied)} applied)`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
