import { dirname, join, relative } from 'node:path';
import { CreateFile, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { addToGlossary, type GlossaryAddition } from '../glossary/edit.js';
import { underFullName } from '../glossary/full-name.js';
import { nodeFileSystem } from '../node/io.js';
import { readSettingsText } from '../node/read-text.js';
import { referenceGlossary } from './config-reference.js';
import { minimalEdit, textEditOf } from './edits.js';
import type { Workspace } from './workspace.js';

/** What the client can apply: edits of several files (`documentChanges`), and creating one. */
export interface EditSupport {
  readonly documentChanges: boolean;
  readonly createFiles: boolean;
}

/** A file's text now (null: it does not exist yet), the editor's version of it if open, and as the edit leaves it. */
interface FileChange {
  readonly path: string;
  readonly before: string | null;
  readonly version: number | null;
  readonly after: string;
}

/** The documents open in the editor, by path: their unsaved text is what an edit of them must fit. */
export type OpenDocuments = (path: string) => TextDocument | undefined;

/** A file's text as the editor has it if open (with its version), else as on disk (null: no such file). */
async function current(path: string, open: OpenDocuments): Promise<{ readonly text: string | null; readonly version: number | null }> {
  const doc = open(path);
  return doc ? { text: doc.getText(), version: doc.version } : { text: await textOrNull(path), version: null };
}

/** The glossary a new garble goes to, and the config change that makes a new glossary count. */
interface Target {
  readonly glossary: string;
  readonly config?: { readonly file: string; readonly glossaryName: string };
}

export const NEW_GLOSSARY = 'glossary.yaml';
export const NEW_CONFIG = 'unmangle.config.yaml';

/**
 * Where a document's new garbles go: the first glossary of the innermost config that names one; else the
 * client's first glossary; else a new `glossary.yaml` beside the innermost config, which is made to name
 * it; else, with no config at all, a new `unmangle.config.yaml` naming a new `glossary.yaml` in the
 * workspace folder (or the document's folder, outside it).
 */
async function targetFor(workspace: Workspace, path: string | null): Promise<Target | null> {
  const config = await workspace.configFor(path);
  for (const file of [...config.files].reverse()) {
    const own = config.glossaries.find((glossary) => glossary.within === dirname(file));
    if (own) return { glossary: own.path };
  }
  const fromClient = workspace.clientGlossaries()[0];
  if (fromClient) return { glossary: fromClient };
  if (workspace.clientSettings.config === false) return null;
  const innermost = config.files.at(-1);
  const folder = innermost ? dirname(innermost) : path && relative(workspace.root, path).startsWith('..') ? dirname(path) : workspace.root;
  return { glossary: join(folder, NEW_GLOSSARY), config: { file: innermost ?? join(folder, NEW_CONFIG), glossaryName: NEW_GLOSSARY } };
}

/**
 * The workspace edit that adds a garble (or a spelling to keep) to the document's glossary, for the
 * editor to show, apply and undo (it takes effect once saved: the server reloads on the file's change).
 * Null where the glossary cannot take it (it would refuse the entry) or the client cannot make the files.
 */
export async function glossaryEdit(workspace: Workspace, path: string | null, addition: GlossaryAddition, support: EditSupport, open: OpenDocuments): Promise<{ readonly title: string; readonly edit: WorkspaceEdit } | null> {
  const target = await targetFor(workspace, path);
  if (!target) return null;
  const { text: before, version } = await current(target.glossary, open);
  const shown = relative(workspace.root, target.glossary) || target.glossary;
  let after: string;
  let entry: GlossaryAddition;
  try {
    entry = underFullName(before ?? '', shown, addition);
    after = addToGlossary(before ?? '', shown, [entry]);
  } catch {
    return null;
  }
  if (after === before) return null;
  const files: FileChange[] = [{ path: target.glossary, before, version, after }];
  if (target.config) {
    const config = await current(target.config.file, open);
    const configAfter = referenceGlossary(target.config.file, config.text, target.config.glossaryName);
    if (configAfter === null) return null;
    files.push({ path: target.config.file, before: config.text, version: config.version, after: configAfter });
  }
  const edit = workspaceEdit(files, support);
  if (!edit) return null;
  const title = entry.keep ? `Keep “${entry.name}” as written everywhere: add it to ${shown}` : `Add “${entry.variants![0]}” to ${shown} as a garble of “${entry.name}”`;
  return { title: `${title} (unmangle)`, edit };
}

function workspaceEdit(files: readonly FileChange[], support: EditSupport): WorkspaceEdit | null {
  const creates = files.some((file) => file.before === null);
  if (creates && !(support.documentChanges && support.createFiles)) return null;
  const edits = files.map((file) => {
    const uri = URI.file(file.path).toString();
    const before = file.before ?? '';
    const positions = TextDocument.create(uri, '', 0, before);
    return { uri, file, edits: [textEditOf(positions, minimalEdit(before, file.after))] };
  });
  if (!support.documentChanges) return { changes: Object.fromEntries(edits.map(({ uri, edits: textEdits }) => [uri, textEdits])) };
  return {
    documentChanges: edits.flatMap(({ uri, file, edits: textEdits }): (CreateFile | TextDocumentEdit)[] => [
      ...(file.before === null ? [CreateFile.create(uri, { ignoreIfExists: true })] : []),
      { textDocument: { uri, version: file.version }, edits: textEdits },
    ]),
  };
}

async function textOrNull(path: string): Promise<string | null> {
  try {
    return await readSettingsText(nodeFileSystem, path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
