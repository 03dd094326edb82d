import { dirname, resolve } from 'node:path';
import type { CliIo, DirEntry, FileSystem } from '../../src/node/io-types.js';

export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  /** The files as they are now, by path relative to the working directory. */
  readonly files: Map<string, Uint8Array>;
}

export type FakeFile = string | Uint8Array | { readonly content: string | Uint8Array; readonly mode: number };

/** A failure to inject: this operation on this path rejects with this Node error code. */
export interface Fault {
  readonly path: string;
  readonly on: 'stat' | 'readdir' | 'read' | 'write';
  readonly code: string;
}

const CWD = '/work';
const encode = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
const failure = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });
const enoent = (path: string): Error => failure('ENOENT', path);

/** An in-memory world for `main`: files by path relative to /work, a standard input, captured output. */
export function fakeIo(initial: Record<string, FakeFile> = {}, stdin = '', options: Partial<CliIo> = {}, faults: readonly Fault[] = []): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const contents = new Map<string, Uint8Array>();
  const modes = new Map<string, number>();
  for (const [path, file] of Object.entries(initial)) {
    const absolute = resolve(CWD, path);
    const isPlain = typeof file === 'string' || file instanceof Uint8Array;
    contents.set(absolute, encode(isPlain ? file : file.content));
    modes.set(absolute, isPlain ? 0o644 : file.mode);
  }
  const fail = (path: string, on: Fault['on']): void => {
    const fault = faults.find((f) => resolve(CWD, f.path) === resolve(CWD, path) && f.on === on);
    if (fault) throw Object.assign(new Error(`${fault.code}: ${path}`), { code: fault.code });
  };
  const isDir = (absolute: string): boolean => [...contents.keys()].some((path) => path.startsWith(`${absolute}/`)) || absolute === CWD;
  const fs: FileSystem = {
    async stat(path) {
      fail(path, 'stat');
      const absolute = resolve(CWD, path);
      const content = contents.get(absolute);
      if (content) return { kind: 'file', size: content.length, mode: modes.get(absolute)! };
      if (isDir(absolute)) return { kind: 'directory', size: 0, mode: 0o755 };
      throw enoent(path);
    },
    async readdir(path) {
      fail(path, 'readdir');
      const absolute = resolve(CWD, path);
      if (!isDir(absolute)) throw enoent(path);
      const entries = new Map<string, DirEntry>();
      for (const file of contents.keys()) {
        if (!file.startsWith(`${absolute}/`)) continue;
        const [name, ...rest] = file.slice(absolute.length + 1).split('/');
        entries.set(name!, { name: name!, kind: rest.length > 0 ? 'directory' : 'file' });
      }
      return [...entries.values()];
    },
    async realpath(path) {
      const absolute = resolve(CWD, path);
      if (!contents.has(absolute) && !isDir(absolute)) throw enoent(path);
      return absolute;
    },
    async readFile(path, { maxBytes }) {
      fail(path, 'read');
      const absolute = resolve(CWD, path);
      const content = contents.get(absolute);
      if (!content) throw isDir(absolute) ? failure('EISDIR', path) : enoent(path);
      if (content.length > maxBytes) throw failure('EFBIG', path);
      return { bytes: content, version: { mode: modes.get(absolute)!, token: content } };
    },
    async writeFileAtomic(path, data, version) {
      fail(path, 'write');
      const absolute = resolve(CWD, path);
      if (!isDir(dirname(absolute))) throw enoent(path);
      // As the real one: a read-only file or one changed since it was read is left alone.
      if ((version.mode & 0o200) === 0) throw failure('EROFILE', path);
      if (contents.get(absolute) !== version.token) throw failure('ECHANGED', path);
      contents.set(absolute, data);
    },
    async createFileAtomic(path, data) {
      fail(path, 'write');
      const absolute = resolve(CWD, path);
      if (!isDir(dirname(absolute))) throw enoent(path);
      if (contents.has(absolute)) throw failure('EEXIST', path);
      contents.set(absolute, data);
      modes.set(absolute, 0o644);
    },
  };
  const files = new Map<string, Uint8Array>();
  return {
    out,
    err,
    get files() {
      files.clear();
      for (const [path, content] of contents) files.set(path.slice(CWD.length + 1), content);
      return files;
    },
    fs,
    readStdin: async (maxBytes) => {
      if (encode(stdin).length > maxBytes) throw failure('EFBIG', '<stdin>');
      return encode(stdin);
    },
    writeOut: (text) => void out.push(text),
    writeErr: (text) => void err.push(text),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: CWD,
    ...options,
  };
}
