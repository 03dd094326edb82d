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
const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });

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
    async readFile(path) {
      fail(path, 'read');
      const content = contents.get(resolve(CWD, path));
      if (!content) throw isDir(resolve(CWD, path)) ? Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) : enoent(path);
      return content;
    },
    async writeFileAtomic(path, data, mode) {
      fail(path, 'write');
      const absolute = resolve(CWD, path);
      if (!isDir(dirname(absolute))) throw enoent(path);
      contents.set(absolute, data);
      modes.set(absolute, mode);
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
    readStdin: async () => encode(stdin),
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
