import { closeSync, constants, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { access, lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { interruption, InterruptedError, pendingTempFiles } from './interrupt.js';
import type { FileVersion } from './io-types.js';
import { nodeCrypto } from './builtins.js';
import { fsError, identity, readUpTo, sha256, type DiskVersion, type FileIdentity } from './read.js';

/**
 * Write `data` over the file read as `version` so that a reader sees the old content or the new, never a
 * mix, and a failure leaves the old file as it was: a temp file in the same folder (same file system, so
 * rename is atomic), given the old owner and then the old mode (chown clears setuid), fsynced, renamed over
 * the target. Refused rather than done halfway: a file someone changed since it was read (an edit made
 * while the run went on is not lost), a path that became a symbolic link (the write would land elsewhere),
 * a file we may not write, an owner or mode bits the temp file cannot take. The temp file's name is short,
 * so a target of 255 bytes still has room beside it. The temp file is created, renamed and removed by
 * synchronous calls, so a signal handler always knows whether it exists (`pendingTempFiles`).
 */
export async function writeFileAtomic(named: string, data: Uint8Array, version: FileVersion): Promise<void> {
  const read = version.token as DiskVersion | null;
  if (!read) throw fsError('ENOTREG', named);
  // A link named on the command line is written through, so it stays a link; a file must still be one.
  if (!read.viaLink && (await lstat(named)).isSymbolicLink()) throw fsError('ELINK', named);
  const path = read.viaLink ? await realpath(named) : named;
  if ((version.mode & 0o200) === 0) throw fsError('EROFILE', named);
  await access(path, constants.W_OK).catch(() => {
    throw fsError('EROFILE', named);
  });
  await checkUnchanged(path, read);
  const temp = await writeTemp(path, data, 0o600, (handle) => keepOwnerAndMode(handle, read, version.mode, named));
  try {
    // Interrupted while writing: the old file stays, the temp file goes (below).
    if (interruption.signal) throw new InterruptedError(`interrupted (${interruption.signal})`);
    // Once more, as close to the rename as can be: the file is still the one read and not a link.
    const now = await lstat(path, { bigint: true });
    if (now.isSymbolicLink()) throw fsError('ELINK', named);
    if (!sameFile(identity(now), read)) throw fsError('ECHANGED', named);
    renameSync(temp, path);
    pendingTempFiles.delete(temp);
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
}

/**
 * Create or replace a file of unmangle's own (a cache, a baseline) so that a reader sees the old content or
 * the new, never a mix: a temp file beside it, fsynced, renamed over it. Its folder is made if need be.
 */
export async function writeOwnFile(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = await writeTemp(path, data, 0o644);
  try {
    renameSync(temp, path);
    pendingTempFiles.delete(temp);
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
}

/**
 * A new temp file beside `path` holding `data`, `finish` run on it before it is fsynced; the caller renames
 * it (and then forgets it in `pendingTempFiles`) or removes it. A failure here removes it.
 */
async function writeTemp(path: string, data: Uint8Array, mode: number, finish?: (handle: FileHandle) => Promise<void>): Promise<string> {
  const temp = join(dirname(path), `.unmangle-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  closeSync(openSync(temp, 'wx', mode));
  pendingTempFiles.add(temp);
  try {
    // Opened again to write: O_NOFOLLOW, in case the name was swapped for a link since it was made.
    const handle = await open(temp, constants.O_WRONLY | constants.O_NOFOLLOW);
    try {
      await handle.writeFile(data);
      await finish?.(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return temp;
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
}

/**
 * Create `path`, which must not exist, with `data`: a reader sees no file or all of it. The temp file beside
 * it is fsynced and then linked to the name, which fails if a file has appeared there since (EEXIST), so
 * nothing is overwritten; it is written with synchronous calls, so a signal finds it in `pendingTempFiles`.
 */
export async function createFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.unmangle-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  const descriptor = openSync(temp, 'wx', 0o666);
  pendingTempFiles.add(temp);
  try {
    try {
      for (let at = 0; at < data.length; ) at += writeSync(descriptor, data, at);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (interruption.signal) throw new InterruptedError(`interrupted (${interruption.signal})`);
    try {
      linkSync(temp, path);
    } catch (error) {
      // A file system without hard links: the check and the rename are then two steps.
      if ((error as { code?: string }).code === 'EEXIST' || existsSync(path)) throw fsError('EEXIST', path);
      renameSync(temp, path);
    }
  } finally {
    removeTemp(temp);
  }
}

/** The file at `path` is the one read, with the same times, size and bytes; else ECHANGED. */
async function checkUnchanged(path: string, read: DiskVersion): Promise<void> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error: { code?: string }) => {
    throw error.code === 'ELOOP' ? fsError('ELINK', path) : fsError('ECHANGED', path);
  });
  try {
    const stats = await handle.stat({ bigint: true });
    if (!stats.isFile() || !sameFile(identity(stats), read)) throw fsError('ECHANGED', path);
    const bytes = await readUpTo(handle, Number(read.size)).catch(() => null);
    if (bytes === null || sha256(bytes) !== read.sha256) throw fsError('ECHANGED', path);
  } finally {
    await handle.close();
  }
}

function sameFile(now: FileIdentity, read: DiskVersion): boolean {
  return now.dev === read.dev && now.ino === read.ino && now.size === read.size && now.mtimeNs === read.mtimeNs && now.ctimeNs === read.ctimeNs;
}

/** The temp file takes the target's owner and every mode bit, or the write is refused. */
async function keepOwnerAndMode(handle: FileHandle, read: DiskVersion, mode: number, named: string): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid !== read.uid || mine.gid !== read.gid) {
    await handle.chown(read.uid, read.gid).catch(() => {
      throw fsError('EOWNER', named);
    });
  }
  await handle.chmod(mode);
  if (((await handle.stat()).mode & 0o7777) !== mode) throw fsError('EMODE', named);
}

function removeTemp(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // Already gone.
  }
  pendingTempFiles.delete(temp);
}
