import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import type { CliIo } from '../node/io-types.js';
import { onInterrupt } from '../node/interrupt.js';
import { startStaticServer } from '../node/static-server.js';
import { printableLine } from './printable.js';

/** The page `npm run build:web` makes (and `npm install` with it), two folders up from src/cli and dist/cli alike. */
export const PAGE_FOLDER = fileURLToPath(new URL('../../dist-web/', import.meta.url));

const DEFAULT_PORT = 8080;
const LOOPBACK = '127.0.0.1';

/**
 * `unmangle serve [--port N] [--host ADDRESS] [folder]`: serve the review page (or any folder) until a
 * signal; loopback only unless a host is named. `stopped` resolves when it should stop: the first signal,
 * by default. Returns the exit code: 0 once stopped, 2 when it cannot start.
 */
export async function serve(argv: readonly string[], io: CliIo, stopped: Promise<void> = firstSignal()): Promise<number> {
  const program = new Command('unmangle serve')
    .description('Serve the review page, which cleans text in the browser (nothing is uploaded), until Ctrl-C.')
    .argument('[folder]', 'the folder to serve (default: the page built into this package, dist-web/)')
    .option('-p, --port <n>', `the port; 0 for any free one (default: ${DEFAULT_PORT})`, port, DEFAULT_PORT)
    .option('--host <address>', `the address to listen on (default: ${LOOPBACK}, this machine only)`, LOOPBACK)
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<{ port: number; host: string }>();
  const named = program.args[0];
  const root = named === undefined ? PAGE_FOLDER : resolve(io.cwd, named);
  const fail = (message: string): number => {
    io.writeErr(`unmangle: serve: ${printableLine(message)}\n`);
    return 2;
  };
  if (named === undefined && !existsSync(resolve(root, 'index.html'))) return fail(`the page is not built (${root} has no index.html): run \`npm run build:web\``);
  if (!existsSync(root)) return fail(`${named}: no such folder`);
  let server;
  try {
    server = await startStaticServer({ root, host: options.host, port: options.port, contentNamed: named === undefined });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') return fail(`port ${options.port} is in use on ${options.host}: choose another with --port`);
    if (code === 'EACCES') return fail(`no permission to listen on port ${options.port}: choose one above 1023 with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return fail(`${options.host} is not an address of this machine`);
    return fail((error as Error).message);
  }
  const shown = named ?? 'the review page';
  io.writeOut(`Serving ${printableLine(shown)} at ${server.url} (Ctrl-C stops it)\n`);
  if (options.host !== LOOPBACK && options.host !== 'localhost' && options.host !== '::1') {
    io.writeErr(`unmangle: warning: listening on ${options.host}: anyone who can reach it can open what is served\n`);
  }
  await stopped;
  await server.close();
  return 0;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return number;
}

function firstSignal(): Promise<void> {
  return new Promise((resolve) => onInterrupt(resolve));
}
