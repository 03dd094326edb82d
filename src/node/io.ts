import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { decodeName } from './file-names.js';
import type { CliIo, EntryKind, FileSystem } from './io-types.js';
import { InterruptedError, onInterrupt } from './interrupt.js';
import { fsError, readFileLimited } from './read.js';
import { openKeyboard } from './keyboard.js';
import { createFileAtomic, writeFileAtomic } from './write.js';

/** The real world: the process's streams, environment, working directory and file system. */
export function nodeIo(): CliIo {
  return {
    fs: nodeFileSystem,
    async readStdin(maxBytes) {
      const chunks: Buffer[] = [];
      let total = 0;
      // A signal ends the wait for input (the first one too: the run then stops).
      const stopWaiting = onInterrupt(() => process.stdin.destroy(new InterruptedError('interrupted')));
      try {
        for await (const chunk of process.stdin) {
          total += (chunk as Buffer).length;
          // Counted as it comes: `unmangle < /dev/zero` stops at the limit instead of filling memory.
          if (total > maxBytes) throw fsError('EFBIG', '<stdin>');
          chunks.push(chunk as Buffer);
        }
      } finally {
        stopWaiting();
      }
      return Buffer.concat(chunks);
    },
    writeOut: (text) => void process.stdout.write(text),
    writeErr: (text) => void process.stderr.write(text),
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdin.isTTY === true && { openKeyboard }),
    env: process.env,
    cwd: process.cwd(),
  };
}

export const nodeFileSystem: FileSystem = {
  async stat(path) {
    const stats = await stat(path);
    return { kind: kindOf(stats), size: stats.size, mode: stats.mode & 0o7777 };
  },
  async readdir(path) {
    // Read as bytes: a name that is not valid UTF-8 would otherwise come back as another name.
    const entries = await readdir(path, { withFileTypes: true, encoding: 'buffer' });
    return entries.map((entry) => {
      const bytes = entry.name as unknown as Buffer;
      const name = decodeName(bytes);
      return name !== null ? { name, kind: kindOf(entry) } : { name: bytes.toString('utf8'), kind: kindOf(entry), undecodableName: bytes };
    });
  },
  realpath: (path) => realpath(path),
  readFile: readFileLimited,
  writeFileAtomic,
  createFileAtomic,
};

/** Symbolic links are not followed in folder walks (no loops, no escaping the tree): they are "other". */
function kindOf(entry: Pick<Stats | Dirent, 'isFile' | 'isDirectory'>): EntryKind {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
}
