import { parseArgs, type CliOptions, type OutputFormat } from './args.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

export const ExitCode = { Ok: 0, Error: 2 } as const;

/**
 * The whole command line: parse, clean each input, report. Returns the exit code and never exits the
 * process; every byte goes through `io`. The engine is imported only once there is work for it, so
 * `--version` and `--help` stay as fast as bare node.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, packageVersion(), io);
  if (parsed.kind === 'exit') return parsed.code;
  const { options } = parsed;
  try {
    return await run(options, io);
  } catch (error) {
    const { UsageError } = await import('../index.js');
    if (error instanceof UsageError) {
      io.writeErr(`unmangle: ${error.message}\n`);
    } else {
      const detail = options.debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
      io.writeErr(`unmangle: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    }
    return ExitCode.Error;
  }
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const { createUnmangler, FIXERS, UsageError } = await import('../index.js');
  const { readInput } = await import('./read-input.js');
  if (options.listFixers) {
    io.writeOut(FIXERS.map((fixer) => `${fixer.id.padEnd(16)} ${fixer.description}\n`).join(''));
    return ExitCode.Ok;
  }
  const glossaries = [];
  for (const file of options.glossaries) {
    const input = await readInput(file, io);
    if ('error' in input) throw new UsageError(`${file}: ${input.error}`);
    glossaries.push({ file, text: input.text });
  }
  const clean = createUnmangler({
    glossaries,
    builtinNames: options.builtinNames,
    ...(options.only && { only: options.only }),
    ...(options.skip && { skip: options.skip }),
  });
  const paths = options.paths.length > 0 ? options.paths : ['-'];
  if (paths.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const format: OutputFormat = options.format ?? (paths.length === 1 ? 'text' : 'diff');
  if (format === 'text' && paths.length > 1) {
    throw new UsageError('several inputs cannot be printed as one text; use --diff or --format json');
  }

  const files = [];
  for (const path of paths) {
    const input = await readInput(path, io);
    const name = path === '-' ? '<stdin>' : path;
    if ('error' in input) {
      io.writeErr(`unmangle: ${name}: ${input.error}\n`);
      files.push({ path: name, error: input.error });
    } else {
      files.push({ path: name, result: clean(input.text) });
    }
  }

  const color = options.color ?? (!io.env['NO_COLOR'] && io.stdoutIsTTY);
  if (format === 'text') {
    const only = files[0];
    if (only?.result) io.writeOut(only.result.output);
  } else if (format === 'diff') {
    const { diffReport } = await import('../reporters/diff.js');
    io.writeOut(diffReport(files, { color }));
  } else {
    const { jsonReport } = await import('../reporters/json.js');
    io.writeOut(jsonReport(files));
  }
  if (options.explain && !options.quiet) {
    const { explainReport } = await import('../reporters/explain.js');
    io.writeErr(explainReport(files, { color }));
  }
  return files.some((file) => file.error !== undefined) ? ExitCode.Error : ExitCode.Ok;
}
