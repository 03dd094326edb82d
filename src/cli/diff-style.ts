export const DIFF_STYLES = ['word', 'line'] as const;
export type DiffStyle = (typeof DIFF_STYLES)[number];

/**
 * `--diff=word` as `--diff-style word`: an optional value on `--diff` itself would swallow the file name
 * in `--diff article.txt`, so the value is taken only when written with `=`. A value that is no style
 * comes back as the error to print.
 */
export function expandDiffStyle(argv: readonly string[]): string[] | string {
  const end = argv.indexOf('--');
  const expanded: string[] = [];
  for (const [i, arg] of argv.entries()) {
    if ((end >= 0 && i > end) || !arg.startsWith('--diff=')) {
      expanded.push(arg);
      continue;
    }
    const style = arg.slice('--diff='.length);
    if (!(DIFF_STYLES as readonly string[]).includes(style)) return `${arg}: expected --diff=word or --diff=line`;
    expanded.push('--diff-style', style);
  }
  return expanded;
}
