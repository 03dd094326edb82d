import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { CliIo } from '../node/io-types.js';
import { startServer } from './server.js';

const USAGE = `Usage: unmangle lsp [--stdio]

Run the language server over standard input and output, as editors start it: diagnostics for plain text,
Markdown, SRT and WebVTT documents, and quick fixes. Settings come from the config files as for the
command line, and from the client (see the README).
`;

/**
 * `unmangle lsp`: serve the Language Server Protocol on stdin and stdout until the client says exit (the
 * protocol library then ends the process). `--stdio` is what clients pass; `--clientProcessId` is read by
 * the library, which ends the server when that process is gone.
 */
export async function runLanguageServer(argv: readonly string[], io: CliIo): Promise<number> {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      io.writeOut(USAGE);
      return 0;
    }
    if (arg === '--stdio' || arg.startsWith('--clientProcessId=')) continue;
    if (arg === '--clientProcessId' && i + 1 < argv.length) {
      i++;
      continue;
    }
    io.writeErr(`unmangle lsp: unknown argument ${JSON.stringify(arg)} (the server speaks over --stdio only)\n`);
    return 2;
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // A failure the handlers did not catch is a bug to log, never the end of the server and every document.
  process.on('unhandledRejection', (error) => connection.console.error(`unmangle: unhandled: ${error instanceof Error ? error.stack : String(error)}`));
  startServer(connection);
  connection.listen();
  // The process ends on the client's exit notification, or when standard input closes.
  return new Promise<number>(() => {});
}
