import { resolve } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { FIX_ALL_KIND } from './actions.js';
import { Checker } from './checker.js';
import { Cleaning } from './cleaning.js';
import { DEFAULT_DEBOUNCE_MS, readClientSettings, type ClientSettings } from './client-settings.js';
import { codeActions } from './code-actions.js';
import type { EditSupport } from './glossary-edit.js';
import { Scheduler } from './scheduler.js';
import { SettingsProblems } from './settings-problems.js';
import { Workspace } from './workspace.js';
import { MessageType, showMessage } from './messages.js';

/** Files whose change can change a document's settings: config files, and glossaries (YAML or JSON). */
const WATCHED = ['**/*.{yaml,yml,json}', '**/.unmanglerc'];

/**
 * The protocol, kept thin: documents are synchronised by `TextDocuments`, checked by the `Checker` when the
 * `Scheduler` says, and their code actions made from the last check (`code-actions.ts`). Settings come
 * from the config files as the command line finds them, with the client's settings on top, and are
 * reloaded when a config or glossary changes.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cleaning = new Cleaning();
  let workspace = new Workspace(process.cwd(), {});
  let initial: ClientSettings = {};
  let client: ClientCapabilities = {};
  let support: EditSupport = { documentChanges: false, createFiles: false };
  const problems = new SettingsProblems(connection, () => workspace.root);
  let checker = new Checker(connection, documents, workspace, cleaning, problems, () => reload());
  const scheduler = new Scheduler((uri) => checker.check(uri), DEFAULT_DEBOUNCE_MS);

  const showProblems = (found: readonly string[]): void => {
    for (const problem of found) showMessage(connection, MessageType.Warning, problem);
  };
  const recheckAll = (): void => {
    for (const doc of documents.all()) scheduler.touch(doc.uri, 0);
  };
  /** Read every setting again (with these client settings, if new) and check every document again. */
  const reload = (settings?: ClientSettings): void => {
    if (settings) workspace.configure(settings);
    else workspace.reload();
    cleaning.reset();
    problems.clear();
    recheckAll();
  };
  const configure = async (): Promise<void> => {
    let settings = initial;
    if (client.workspace?.configuration) {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'unmangle' }]).catch(() => [null])) as unknown[];
      const pulled = readClientSettings(section);
      showProblems(pulled.problems);
      settings = { ...initial, ...pulled.settings };
    }
    scheduler.delay = settings.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    reload(settings);
  };

  connection.onInitialize((params: InitializeParams) => {
    client = params.capabilities;
    const edits = client.workspace?.workspaceEdit;
    support = { documentChanges: edits?.documentChanges === true, createFiles: edits?.resourceOperations?.includes('create') === true };
    const read = readClientSettings(params.initializationOptions);
    initial = read.settings;
    showProblems(read.problems);
    workspace = new Workspace(rootOf(params), initial);
    checker = new Checker(connection, documents, workspace, cleaning, problems, () => reload());
    scheduler.delay = initial.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'unmangle' },
    };
  });

  connection.onInitialized(() => {
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
    }
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (client.workspace?.configuration) void configure();
  });

  connection.onDidChangeConfiguration((change) => {
    if (!client.workspace?.configuration) {
      const pushed = readClientSettings(change.settings);
      showProblems(pushed.problems);
      initial = { ...initial, ...pushed.settings };
    }
    void configure();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const paths = changes.map((change) => URI.parse(change.uri)).filter((uri) => uri.scheme === 'file');
    if (paths.some((uri) => workspace.isSettingsFile(uri.fsPath))) reload();
  });

  // A document just opened is checked at once; a change waits for typing to pause.
  const opened = new Set<string>();
  documents.onDidOpen(({ document }) => void opened.add(document.uri));
  documents.onDidChangeContent(({ document }) => scheduler.touch(document.uri, opened.delete(document.uri) ? 0 : scheduler.delay));
  documents.onDidClose(({ document }) => {
    opened.delete(document.uri);
    scheduler.forget(document.uri);
    checker.forget(document.uri);
  });

  connection.onCodeAction((params) => codeActions(params, { documents, checked: checker.checked, workspace, cleaning, support }));
  connection.onShutdown(() => cleaning.close());

  documents.listen(connection);
}

/** The workspace folder (the first, in a multi-root workspace): relative settings paths start here. */
function rootOf(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (uri) {
    const parsed = URI.parse(uri);
    if (parsed.scheme === 'file') return parsed.fsPath;
  }
  return params.rootPath ? resolve(params.rootPath) : process.cwd();
}
