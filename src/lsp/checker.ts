import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileSettings } from '../cli/settings.js';
import { UsageError } from '../core/errors.js';
import type { Result } from '../core/types.js';
import type { Syntax } from '../formats/index.js';
import type { Cleaning } from './cleaning.js';
import { diagnosticsOf } from './diagnostics.js';
import { documentKind } from './document-syntax.js';
import type { SettingsProblems } from './settings-problems.js';
import type { Workspace } from './workspace.js';
import { MessageType, showMessage } from './messages.js';

/** The last check of an open document: what code actions are made from, for that version only. */
export interface Checked {
  readonly version: number;
  readonly result: Result;
  readonly syntax: Syntax;
  readonly path: string | null;
  readonly settings: FileSettings;
  /** Whether each "keep as written" edit was seen to work, by the change's position: cleaned once each. */
  readonly keeps: Map<string, boolean>;
}

/** Checks one document and publishes what it found; a result made for an older version or settings is dropped. */
export class Checker {
  readonly checked = new Map<string, Checked>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly cleaning: Cleaning,
    private readonly problems: SettingsProblems,
    /** Reads every setting again and checks every document again. */
    private readonly reload: () => void,
  ) {}

  async check(uri: string): Promise<void> {
    // A glossary saved where the client watches no files is seen here; the reload checks this one again.
    if (await this.workspace.changedOnDisk()) return this.reload();
    const doc = this.documents.get(uri);
    if (!doc) return;
    const text = doc.getText();
    const kind = documentKind(uri, doc.languageId, text);
    if (!kind) return;
    const { version } = doc;
    const generation = this.workspace.generation;
    // A newer version or new settings are checked by the run that follows; this one's result is stale.
    const stale = (): boolean => this.documents.get(uri)?.version !== version || this.workspace.generation !== generation;
    try {
      const settings = await this.workspace.forFile(kind.path);
      const result = await this.cleaning.clean(settings.key, settings.options, text, kind.syntax, uri);
      if (stale()) return;
      this.checked.set(uri, { version, result, syntax: kind.syntax, path: kind.path, settings, keeps: new Map() });
      await this.connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(result, doc) });
    } catch (error) {
      if (stale()) return;
      this.checked.delete(uri);
      await this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      if (error instanceof UsageError) return this.problems.report(error.message);
      this.internalError(uri, error);
    }
  }

  forget(uri: string): void {
    this.checked.delete(uri);
    this.cleaning.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A bug, not a setting: logged with its stack, shown once per message, and the server goes on. */
  private internalError(uri: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.connection.console.error(`unmangle: internal error on ${uri}: ${error instanceof Error ? error.stack : message}`);
    if (this.reported.has(message)) return;
    this.reported.add(message);
    showMessage(this.connection, MessageType.Error, `unmangle: internal error: ${message} (the output panel has details)`);
  }
}
