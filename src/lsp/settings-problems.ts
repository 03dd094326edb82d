import { resolve } from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { nodeFileSystem } from '../node/io.js';
import { readSettingsText } from '../node/read-text.js';
import { locateProblem, problemDiagnostic } from './problems.js';
import { MessageType, showMessage } from './messages.js';

/**
 * A bad config or glossary: one error diagnostic on its line in that file, and one message to the user
 * (not one per keystroke). The documents it would have configured are left unchecked; the others go on.
 * Cleared when the settings are reloaded, and found again if the file is still wrong.
 */
export class SettingsProblems {
  private readonly byUri = new Map<string, Map<string, Diagnostic>>();
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly root: () => string,
  ) {}

  async report(message: string): Promise<void> {
    if (!this.shown.has(message)) {
      this.shown.add(message);
      showMessage(this.connection, MessageType.Error, `unmangle: ${message}`);
    }
    const located = locateProblem(message);
    if (!located) return;
    const path = resolve(this.root(), located.file);
    const text = await this.textOf(path);
    if (text === null) return;
    const uri = URI.file(path).toString();
    const diagnostics = this.byUri.get(uri) ?? new Map<string, Diagnostic>();
    if (diagnostics.has(message)) return;
    diagnostics.set(message, problemDiagnostic(located, text));
    this.byUri.set(uri, diagnostics);
    await this.connection.sendDiagnostics({ uri, diagnostics: [...diagnostics.values()] });
  }

  clear(): void {
    for (const uri of this.byUri.keys()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.byUri.clear();
    this.shown.clear();
  }

  /** The file's text; empty for a file that is there but unreadable as text; null for no file. */
  private async textOf(path: string): Promise<string | null> {
    try {
      return await readSettingsText(nodeFileSystem, path);
    } catch {
      return nodeFileSystem.stat(path).then(
        (stat) => (stat.kind === 'file' ? '' : null),
        () => null,
      );
    }
  }
}
