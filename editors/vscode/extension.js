// The whole extension: start `unmangle lsp --stdio` and hand it the documents unmangle reads. Everything
// else (diagnostics, quick fixes, settings) is the server's.
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const command = workspace.getConfiguration('unmangle').get('path') || 'unmangle';
  client = new LanguageClient(
    'unmangle',
    'unmangle',
    // TransportKind.stdio adds --stdio to the arguments. On Windows the npm shim is a .cmd: run it in a shell.
    { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } },
    {
      documentSelector: [
        { language: 'plaintext' },
        { language: 'markdown' },
        { pattern: '**/*.{srt,vtt}' },
      ],
    },
  );
  await client.start();
};

exports.deactivate = function deactivate() {
  return client?.stop();
};
