import type { Change } from '../core/types.js';

/**
 * GitHub workflow commands, one per change or suggestion, so a CI job marks the lines in a pull request:
 * `::warning file=a.md,line=3,col=5,endLine=3,endColumn=12,title=unmangle/names::message`.
 */
export function githubReport(path: string, changes: readonly Change[], suggestions: readonly Change[]): string {
  const line = (level: string, change: Change): string => {
    const properties = [
      `file=${escapeProperty(path)}`,
      `line=${change.start.line}`,
      `col=${change.start.column}`,
      `endLine=${change.end.line}`,
      `endColumn=${change.end.column}`,
      `title=${escapeProperty(`unmangle/${change.fixer}`)}`,
    ].join(',');
    const message = `${change.message}: ${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}`;
    return `::${level} ${properties}::${escapeData(message)}\n`;
  };
  return changes.map((change) => line('warning', change)).join('') + suggestions.map((s) => line('notice', s)).join('');
}

/** Escaping as GitHub's toolkit does: % and line breaks in messages; also : and , in properties. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
