import { InvalidArgumentError, Option } from 'commander';

/** Parsers of option values, as commander calls them: a repeatable option, a list, a number. */

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function splitList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return [...(previous ?? []), ...items];
}

export function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number');
  return number;
}

export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return number;
}

export const DEFAULT_MAX_SIZE_MB = 50;

/** The options a run and `learn` share: which files folders give, more ignore files, the size limit. */
export function inputOptions(): Option[] {
  return [
    new Option('--ext <extensions>', 'extensions taken from folders (default: .txt,.md,.markdown,.srt,.vtt)').argParser(splitList),
    new Option('--ignore-path <file>', 'another ignore file in .gitignore syntax; repeatable').argParser(collect),
    new Option('--max-size <MB>', `refuse files larger than this (default: ${DEFAULT_MAX_SIZE_MB})`).argParser(positiveNumber),
  ];
}

/** `--ext` as given (`txt,.md`), each with its dot. */
export function withDots(extensions: readonly string[] | undefined): string[] | undefined {
  return extensions?.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
}
