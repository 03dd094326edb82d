import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { applySorted } from '../core/offset-map.js';
import { entriesAt, candidatesOf, fixActions, fixAllAction, FIX_ALL_KIND, wanted, type Entry } from './actions.js';
import type { Checked } from './checker.js';
import type { Cleaning } from './cleaning.js';
import { codeOf, rangeOf, SOURCE } from './diagnostics.js';
import { documentEdit, type DocumentTarget, type OffsetEdit } from './edits.js';
import { garbleAddition, keptAddition } from './garble.js';
import { glossaryEdit, type EditSupport } from './glossary-edit.js';
import { keepEdit, leftAlone } from './keep.js';
import type { Workspace } from './workspace.js';

/** "Keep as written" is cleaned to be sure it works: for this many entries under the cursor at most. */
const KEEPS_CHECKED = 4;

export interface ActionDeps {
  readonly documents: TextDocuments<TextDocument>;
  readonly checked: ReadonlyMap<string, Checked>;
  readonly workspace: Workspace;
  readonly cleaning: Cleaning;
  readonly support: EditSupport;
}

/**
 * The code actions at a range: for each change or suggestion there, its fix (or each candidate), adding
 * the garble to the glossary, keeping it as written; and the whole file's fixes, as a quick fix beside a
 * change and as `source.fixAll.unmangle` when asked for. Only for the version last checked.
 */
export async function codeActions(params: CodeActionParams, deps: ActionDeps): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const doc = deps.documents.get(uri);
  const checked = deps.checked.get(uri);
  if (!doc || !checked || checked.version !== doc.version) return [];
  const target: DocumentTarget = { uri, version: doc.version, positions: doc };
  const versioned = deps.support.documentChanges;
  const { only } = params.context;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) {
    const entries = entriesAt(checked.result, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end));
    for (const [index, entry] of entries.entries()) {
      const diagnostics = params.context.diagnostics.filter((diagnostic) => describes(diagnostic, entry, doc));
      actions.push(...fixActions(entry, target, versioned, diagnostics));
      actions.push(...(await garbleActions(entry, checked, deps, diagnostics)));
      if (index < KEEPS_CHECKED) {
        const keep = await keepAction(entry, doc, checked, deps.cleaning, target, versioned);
        if (keep) actions.push({ ...keep, diagnostics });
      }
    }
    const all = entries.some((entry) => entry.kind === 'change') ? fixAllAction(checked.result, target, versioned, CodeActionKind.QuickFix) : null;
    if (all) actions.push(all);
  }
  // Asked for by kind only (on save, or a "source action" menu): an unfiltered request has it as a quick fix.
  if (only && wanted(only, FIX_ALL_KIND)) {
    const all = fixAllAction(checked.result, target, versioned, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}

/** The open document of a file, whatever spelling of its URI the client used. */
function openAt(documents: TextDocuments<TextDocument>, path: string): TextDocument | undefined {
  return documents.get(URI.file(path).toString()) ?? documents.all().find((doc) => doc.uri.startsWith('file:') && URI.parse(doc.uri).fsPath === path);
}

function describes(diagnostic: Diagnostic, entry: Entry, doc: TextDocument): boolean {
  const range = rangeOf(doc, entry.change);
  const same = (a: typeof range.start, b: typeof range.start): boolean => a.line === b.line && a.character === b.character;
  return diagnostic.source === SOURCE && diagnostic.code === codeOf(entry.change) && same(diagnostic.range.start, range.start) && same(diagnostic.range.end, range.end);
}

/** "Add this garble to the glossary", for each name the change or suggestion would write; "keep it as a name of its own". */
async function garbleActions(entry: Entry, checked: Checked, deps: ActionDeps, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const names = entry.kind === 'change' ? [entry.change.replacement] : candidatesOf(entry.change);
  const actions: CodeAction[] = [];
  for (const addition of [...names.map((name) => garbleAddition(entry.change, name)), keptAddition(entry.change)]) {
    if (!addition) continue;
    const made = await glossaryEdit(deps.workspace, checked.path, addition, deps.support, (path) => openAt(deps.documents, path)).catch(() => null);
    if (made) actions.push({ title: made.title, kind: CodeActionKind.QuickFix, diagnostics, edit: made.edit });
  }
  return actions;
}

/** "Keep as written", offered only once cleaning the marked text leaves it alone. */
async function keepAction(entry: Entry, doc: TextDocument, checked: Checked, cleaning: Cleaning, target: DocumentTarget, versioned: boolean): Promise<CodeAction | null> {
  const text = doc.getText();
  const keep = keepEdit(text, entry.change, checked.syntax);
  if (!keep) return null;
  const id = `${entry.change.offset}:${entry.change.length}:${codeOf(entry.change)}`;
  let works = checked.keeps.get(id);
  if (works === undefined) {
    const kept = applied(text, keep.edits);
    works = await cleaning.clean(checked.settings.key, checked.settings.options, kept, checked.syntax).then(
      (result) => leftAlone(result, keep.region),
      () => false,
    );
    checked.keeps.set(id, works);
  }
  return works ? { title: keep.title, kind: CodeActionKind.QuickFix, edit: documentEdit(target, keep.edits, versioned) } : null;
}

/** The text with the edits made, as an editor makes them: in order of position, those at one point in the order given. */
function applied(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset).map((edit) => ({ range: [edit.offset, edit.offset + edit.length] as const, text: edit.text }));
  return applySorted(text, 0, text.length, sorted);
}
