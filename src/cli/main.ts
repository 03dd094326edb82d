import { parseArgs } from './args.js';
import type { CliIo } from '../node/io-types.js';
import { packageVersion } from './version.js';
import { failureLine } from './printable.js';

/**
 * The whole command line: parse, then run. Returns the exit code and never exits the process; every byte
 * goes through `io`. The engine is imported only once there is work for it, so `--version` and `--help`
 * stay as fast as bare node.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'learn') return (await import('./learn.js')).learnMain(argv.slice(1), io);
  if (argv[0] === 'serve') return (await import('./serve.js')).serve(argv.slice(1), io);
  // The language server loads its protocol libraries only when asked for.
  if (argv[0] === 'lsp') return (await import('../lsp/main.js')).runLanguageServer(argv.slice(1), io);
  const parsed = parseArgs(argv, packageVersion(), io);
  if (parsed.kind === 'exit') return parsed.code;
  const { options } = parsed;
  const { UsageError } = await import('../core/errors.js');
  try {
    if (options.listFixers) {
      const { FIXERS } = await import('../fixers/index.js');
      io.writeOut(FIXERS.map((fixer) => `${fixer.id.padEnd(16)} ${fixer.description}\n`).join(''));
      return 0;
    }
    if (options.interactive && options.printConfig === undefined) {
      const { runReview } = await import('./review/run-review.js');
      return await runReview(options, io);
    }
    const { run } = await import('./run.js');
    return await run(options, io);
  } catch (error) {
    io.writeErr(failureLine(error, error instanceof UsageError, options.debug));
    return 2;
  }
}
