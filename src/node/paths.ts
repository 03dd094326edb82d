import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** A glossary path that leaves its config's folder (`../../etc/passwd`, `/etc/shadow`). */
export function isOutside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '..' || rest.startsWith(`..${'/'}`) || isAbsolute(rest);
}

/**
 * A path (relative to `cwd`) as seen from the folder of `file`, with `/`: how a baseline and a cache name
 * the files they list, so they work from any working directory and on any system.
 */
export function pathFromFolderOf(file: string, cwd: string, path: string): string {
  return relative(dirname(file), resolve(cwd, path)).split(sep).join('/');
}
