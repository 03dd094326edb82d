import { isAbsolute, relative } from 'node:path';

/** A glossary path that leaves its config's folder (`../../etc/passwd`, `/etc/shadow`). */
export function isOutside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '..' || rest.startsWith(`..${'/'}`) || isAbsolute(rest);
}
