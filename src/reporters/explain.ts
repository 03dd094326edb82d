import { Chalk } from 'chalk';
import type { Change } from '../core/types.js';
import type { FileReport, ReportOptions } from './types.js';

/** Each change and suggestion on a line of its own: where, which fixer and rule, what, why, how sure. */
export function explainReport(files: readonly FileReport[], options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  const describe = (path: string, change: Change, kind: string): string => {
    const where = `${path}:${change.start.line}:${change.start.column}`;
    const rule = chalk.dim(`${change.fixer}/${change.rule}`);
    const what = `${JSON.stringify(change.original)} → ${JSON.stringify(change.replacement)}`;
    return `${where}  ${kind}${rule}  ${what}  ${change.message} ${chalk.dim(`(confidence ${change.confidence.toFixed(2)})`)}`;
  };
  for (const { path, result } of files) {
    if (!result) continue;
    for (const change of result.changes) lines.push(describe(path, change, ''));
    for (const suggestion of result.suggestions) lines.push(describe(path, suggestion, chalk.yellow('suggestion ')));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
