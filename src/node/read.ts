import { constants, type BigIntStats } from 'node:fs';
import { createHash } from 'node:crypto';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import type { FileRead, ReadOptions } from './io-types.js';

/** Which file, and as it was: any write, rename, chmod or chown since changes one of these. */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

/** How a file read from disk is recognised again before `--write` replaces it, and whose it is. */
export interface DiskVersion extends FileIdentity {
  readonly uid: number;
  readonly gid: number;
  /** The path named was a symbolic link: the write goes through it to the file it points at. */
  readonly viaLink: boolean;
  /** Of the bytes read: a change within the file system's timestamp granularity still shows. */
  readonly sha256: string;
}

const CHUNK = 1 << 20;

export function fsError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Read a file through one descriptor: what is checked (its kind), read (at most `maxBytes`, counted as
 * read) and remembered (its identity and times, before the read, so any later change shows) is one file.
 * O_NONBLOCK keeps a FIFO where a regular file is wanted from blocking the open; it does nothing to files.
 */
export async function readFileLimited(path: string, options: ReadOptions): Promise<FileRead> {
  const flags = constants.O_RDONLY | (options.noFollow ? constants.O_NOFOLLOW : 0) | (options.regularOnly ? constants.O_NONBLOCK : 0);
  const handle = await open(path, flags);
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.isDirectory()) throw fsError('EISDIR', path);
    if (options.regularOnly && !stats.isFile()) throw fsError('ENOTREG', path);
    const bytes = await readUpTo(handle, options.maxBytes);
    const viaLink = !options.noFollow && (await lstat(path)).isSymbolicLink();
    const version: DiskVersion = { ...identity(stats), uid: Number(stats.uid), gid: Number(stats.gid), viaLink, sha256: sha256(bytes) };
    return { bytes, version: { mode: Number(stats.mode & 0o7777n), token: stats.isFile() ? version : null } };
  } finally {
    await handle.close();
  }
}

/** The bytes of an open file, or EFBIG once there are more than `maxBytes`, whatever its size said. */
export async function readUpTo(handle: FileHandle, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw fsError('EFBIG', `over ${maxBytes} bytes`);
    chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, total);
}

export function identity(stats: BigIntStats): FileIdentity {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
