import { closeSync, constants, fstatSync, openSync, type BigIntStats } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { Socket } from 'node:net';
import { nodeCrypto } from './builtins.js';
import { InterruptedError, onInterrupt } from './interrupt.js';
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
  /** Of the bytes read: a change within the file system's timestamp granularity still shows. Empty for a `readOnly` read. */
  readonly sha256: string;
}

const CHUNK = 1 << 20;

export function fsError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Read a file through one descriptor: what is checked (its kind), read (at most `maxBytes`, counted as
 * read) and remembered (its identity and times, before the read, so any later change shows) is one file.
 * O_NONBLOCK keeps a FIFO from blocking the open (it does nothing to files). A FIFO named on the command
 * line is read through the event loop instead (`readPipe`), and one that appears in place of a file is refused.
 */
export async function readFileLimited(path: string, options: ReadOptions): Promise<FileRead> {
  const named = !options.regularOnly && !options.noFollow ? await stat(path).catch(() => null) : null;
  if (named?.isFIFO()) return { bytes: await readPipe(path, options.maxBytes), version: { mode: named.mode & 0o7777, token: null } };
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0);
  const handle = await open(path, flags);
  try {
    const stats = await handle.stat({ bigint: true });
    if (stats.isDirectory()) throw fsError('EISDIR', path);
    if (stats.isFIFO()) throw fsError(options.regularOnly ? 'ENOTREG' : 'ECHANGED', path);
    if (options.regularOnly && !stats.isFile()) throw fsError('ENOTREG', path);
    const bytes = await readUpTo(handle, options.maxBytes);
    const viaLink = !options.noFollow && (await lstat(path)).isSymbolicLink();
    const version: DiskVersion = { ...identity(stats), uid: Number(stats.uid), gid: Number(stats.gid), viaLink, sha256: options.readOnly ? '' : sha256(bytes) };
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

/**
 * A FIFO's bytes, read as the event loop's pipes are: a blocking read on libuv's thread pool would wait for
 * a writer for ever, and then not even a signal could end the process (exit waits for the thread pool).
 * As with a blocking open, the read waits for a writer and ends when the last one closes; a signal stops it.
 * One descriptor only: Linux tells a reader opened without a writer of the end of the data only when a
 * writer comes after it, so a second descriptor, opened after the writer came, would wait for ever.
 */
function readPipe(path: string, maxBytes: number): Promise<Uint8Array> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFIFO()) {
    closeSync(fd);
    throw fsError('ECHANGED', path);
  }
  const socket = new Socket({ fd, readable: true, writable: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stopWaiting = onInterrupt(() => socket.destroy(new InterruptedError('interrupted')));
    socket.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) socket.destroy(fsError('EFBIG', `over ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    socket.on('end', () => {
      stopWaiting();
      resolve(Buffer.concat(chunks, total));
    });
    socket.on('error', (error) => {
      stopWaiting();
      reject(error);
    });
  });
}

export function identity(stats: BigIntStats): FileIdentity {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
}

export function sha256(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('hex');
}
