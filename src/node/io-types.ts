/** What a path is, as far as unmangle cares. */
export type EntryKind = 'file' | 'directory' | 'other';

export interface FileStat {
  readonly kind: EntryKind;
  readonly size: number;
  /** Permission bits (`mode & 0o7777`). */
  readonly mode: number;
}

export interface DirEntry {
  readonly name: string;
  readonly kind: EntryKind;
}

/** The file system as the CLI uses it; failures reject with a Node-style `code` (ENOENT, EACCES …). */
export interface FileSystem {
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<DirEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Replace a file's content atomically: a temp file beside it, fsync, rename; the mode is kept. */
  writeFileAtomic(path: string, data: Uint8Array, mode: number): Promise<void>;
}

/** Everything the CLI needs from the outside world, so `main` can run in-process against a fake. */
export interface CliIo {
  readonly fs: FileSystem;
  readStdin(): Promise<Uint8Array>;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Standard input is a terminal: nothing is being piped in. */
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory: relative paths, ignore files and config discovery start here. */
  readonly cwd: string;
}
