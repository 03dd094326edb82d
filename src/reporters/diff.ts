import { Chalk } from 'chalk';
import { createTwoFilesPatch } from 'diff';
import type { FileReport, ReportOptions } from './types.js';
import { wordDiff } from './word-diff.js';

/** A unified diff per changed file (or a word diff); nothing for a file that does not change. */
export function diffReport(files: readonly FileReport[], options: ReportOptions & { readonly wordDiff?: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const colorLine = (line: string): string => {
    if (line.startsWith('+++') || line.startsWith('---')) return chalk.bold(line);
    if (line.startsWith('@@')) return chalk.cyan(line);
    if (line.startsWith('+')) return chalk.green(line);
    if (line.startsWith('-')) return chalk.red(line);
    return line;
  };
  const patches: string[] = [];
  for (const { path, result } of files) {
    if (!result || result.output === result.input) continue;
    if (options.wordDiff) {
      patches.push(wordDiff(path, result.input, result.output, options.color).replace(/\n$/, ''));
      continue;
    }
    const patch = createTwoFilesPatch(path, path, result.input, result.output, undefined, undefined, { context: 3 });
    // The first line is the "Index:"-less separator the diff package writes; keep from "---" on.
    const lines = patch.split('\n');
    const from = lines.findIndex((line) => line.startsWith('--- '));
    patches.push(
      lines
        .slice(from)
        .map(colorLine)
        .join('\n')
        .replace(/\n$/, ''),
    );
  }
  return patches.length > 0 ? patches.join('\n') + '\n' : '';
}
