import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type FileEvent,
  type Command,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** What a client that can do everything says it can: versioned edits, creating files, pulled settings, watchers. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
  },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
};

export interface ClientOptions {
  readonly root: string;
  readonly initializationOptions?: unknown;
  /** What the client answers to `workspace/configuration` for the `unmangle` section. */
  readonly configuration?: unknown;
  readonly capabilities?: ClientCapabilities;
}

type Waiter<T> = { readonly matches: (value: T) => boolean; readonly resolve: (value: T) => void };

/**
 * `unmangle lsp --stdio` spawned from the build and driven as an editor would, through the protocol
 * library's own client side. Everything waits on messages: the next diagnostics of a document that match,
 * the next message shown.
 */
export async function startClient(options: ClientOptions) {
  const child = spawn(process.execPath, ['bin/unmangle.js', 'lsp', '--stdio'], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<string, PublishDiagnosticsParams>();
  const diagnosticWaiters = new Set<Waiter<PublishDiagnosticsParams>>();
  const messages: ShowMessageParams[] = [];
  const messageWaiters = new Set<Waiter<ShowMessageParams>>();
  const registrations: unknown[] = [];
  const settle = <T>(waiters: Set<Waiter<T>>, value: T): void => {
    for (const waiter of waiters) {
      if (!waiter.matches(value)) continue;
      waiters.delete(waiter);
      waiter.resolve(value);
    }
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    settle(diagnosticWaiters, params);
  });
  connection.onNotification(ShowMessageNotification.type, (params) => {
    messages.push(params);
    settle(messageWaiters, params);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => options.configuration ?? null));
  connection.onRequest(RegistrationRequest.type, (params) => void registrations.push(...params.registrations));
  connection.listen();
  const initialized: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: `file://${options.root}`, name: 'test' }],
    capabilities: options.capabilities ?? FULL_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    /** The server's process id (the benchmark reads its memory). */
    pid: child.pid!,
    initialized,
    messages,
    registrations,
    stderr: () => stderr,
    open(uri: string, text: string, languageId = 'plaintext', version = 1) {
      return connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) {
      return connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    close(uri: string) {
      return connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    filesChanged(uris: string[]) {
      return connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: uris.map((uri): FileEvent => ({ uri, type: FileChangeType.Changed })) });
    },
    /** The latest diagnostics of `uri` if they match, else the next that do. */
    diagnostics(uri: string, matches: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
      const latest = published.get(uri);
      if (latest && matches(latest)) return Promise.resolve(latest);
      return new Promise((resolve) => diagnosticWaiters.add({ matches: (params) => params.uri === uri && matches(params), resolve }));
    },
    /** The first message shown that matches, already or to come. */
    message(matches: (params: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
      const seen = messages.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => messageWaiters.add({ matches, resolve }));
    },
    async codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
      const context = { diagnostics: published.get(uri)?.diagnostics ?? [], ...(only && { only }) };
      const actions: (CodeAction | Command)[] | null = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
      return (actions ?? []).filter((action): action is CodeAction => 'kind' in action || 'edit' in action);
    },
    /** shutdown, then exit: the server's exit code. */
    async shutdown(): Promise<number | null> {
      const exited = once(child, 'exit');
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const [code] = await exited;
      connection.dispose();
      return code as number | null;
    },
    kill() {
      connection.dispose();
      child.kill();
    },
  };
}

export type LspClient = Awaited<ReturnType<typeof startClient>>;
