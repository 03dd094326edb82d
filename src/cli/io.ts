/** Everything the CLI needs from the outside world, so `main` can run in-process against a fake. */
export interface CliIo {
  readStdin(): Promise<Uint8Array>;
  /** Rejects with a Node-style error (`code` ENOENT, EISDIR, EACCES …) when the file cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  writeOut(text: string): void;
  writeErr(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}
