import type { CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

/** An in-memory world for `main`: files by path, a standard input, captured output. */
export function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin = '', options: Partial<CliIo> = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const encode = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  return {
    out,
    err,
    readStdin: async () => encode(stdin),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return encode(content);
    },
    writeOut: (text) => void out.push(text),
    writeErr: (text) => void err.push(text),
    stdoutIsTTY: false,
    env: {},
    ...options,
  };
}
