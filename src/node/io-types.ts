/** What a path is, as far as unmangle cares. */
export type EntryKind = 'file' | 'directory' | 'other';

export interface FileStat {
  readonly kind: EntryKind;
  readonly size: number;
  /** Permission bits (`mode & 0o7777`). */
  readonly mode: number;
}

export interface DirEntry {
  /** The name; when it is not valid UTF-8, a lossy decoding that names no file (see `undecodableName`). */
  readonly name: string;
  readonly kind: EntryKind;
  /** The name's bytes, when they are not valid UTF-8: such a file cannot be named by a string. */
  readonly undecodableName?: Uint8Array;
}

export interface ReadOptions {
  /** More bytes than this fail with EFBIG: counted as they are read, since `stat` says 0 for /dev/zero. */
  readonly maxBytes: number;
  /** Configs, ignore files, glossaries: anything but a regular file fails at once with ENOTREG. */
  readonly regularOnly?: boolean;
  /** A path that is itself a symbolic link fails (ELOOP): found in a folder walk, where links are not followed. */
  readonly noFollow?: boolean;
  /**
   * Only read, never written back: its version cannot be written over (`writeFileAtomic` says ECHANGED), and
   * no hash is made (a run from stdin that reads only its package.json then loads no crypto).
   */
  readonly readOnly?: boolean;
}

/** What a file was when it was read; `writeFileAtomic` replaces it only while it still is that. */
export interface FileVersion {
  /** Permission bits (`mode & 0o7777`), setuid, setgid and sticky included. */
  readonly mode: number;
  /** Opaque to the CLI: the file system's own record of the file (its identity, times, a hash). */
  readonly token: unknown;
}

export interface FileRead {
  readonly bytes: Uint8Array;
  readonly version: FileVersion;
}

/** The file system as the CLI uses it; failures reject with a Node-style `code` (ENOENT, EACCES …). */
export interface FileSystem {
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<DirEntry[]>;
  /** The path with every symbolic link resolved. */
  realpath(path: string): Promise<string>;
  readFile(path: string, options: ReadOptions): Promise<FileRead>;
  /**
   * Replace a file's content atomically (a temp file beside it, fsync, rename), keeping its mode and owner.
   * Rejects, leaving the file as it is, when it is not the `version` read any more (ECHANGED), has become a
   * symbolic link (ELINK), is read-only (EROFILE), or its owner or mode bits cannot be kept (EOWNER, EMODE).
   */
  writeFileAtomic(path: string, data: Uint8Array, version: FileVersion): Promise<void>;
  /** Create or replace a file of unmangle's own (a cache, a baseline) atomically, making its folder. */
  writeOwnFile(path: string, data: Uint8Array): Promise<void>;
  /** Create a file that is not there, atomically (a temp file linked into place); EEXIST if it is there. */
  createFileAtomic(path: string, data: Uint8Array): Promise<void>;
}

/**
 * The keys pressed on the terminal, for `--interactive`: raw mode, each key as it comes. A key is its
 * character (`y`, `A`, `é`) or a name: `enter`, `backspace`, `escape`, `tab`, `up`…; Ctrl-C is a signal, not
 * a key (the run stops as on SIGINT).
 */
export interface Keyboard {
  /** The next key. Rejects with an InterruptedError on a signal, or when the terminal's input ends. */
  next(): Promise<string>;
  /** Forget the keys typed and not yet read: those typed ahead were meant for what was on screen then. */
  discardTyped(): void;
  /** Give the terminal back its normal mode. */
  close(): void;
}

/** Everything the CLI needs from the outside world, so `main` can run in-process against a fake. */
export interface CliIo {
  readonly fs: FileSystem;
  /** Rejects with EFBIG past `maxBytes`. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Standard input is a terminal: nothing is being piped in. */
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Start reading keys from the terminal on standard input; absent where there is none to read. */
  readonly openKeyboard?: () => Keyboard;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory: relative paths, ignore files and config discovery start here. */
  readonly cwd: string;
}
