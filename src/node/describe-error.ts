/**
 * File-system errors in a few words, for the one-line messages of every reader (inputs, settings, caches):
 * a module of its own, so a run from standard input, which walks no folder, loads no glob or ignore matcher.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  ENOTREG: 'is not a regular file',
  ELOOP: 'is a symbolic link (not followed in folders) or a loop of links',
  EILSEQ: 'is not valid UTF-8',
  EFBIG: 'is over 10 MB',
};

/** A file-system error as a few words for a one-line message. */
export function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && REASONS[code]) ?? `cannot be read (${code ?? (error as Error).message ?? String(error)})`;
}
