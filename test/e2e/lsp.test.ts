import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startClient, type LspClient } from '../helpers/lsp-client.js';

const SEED = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');

/** The built CLI's view of a file: its JSON report, and its output. */
function cli(path: string, ...args: string[]) {
  const json = spawnSync(process.execPath, ['bin/unmangle.js', '--format', 'json', ...args, path], { encoding: 'utf8' });
  const printed = spawnSync(process.execPath, ['bin/unmangle.js', ...args, path], { encoding: 'utf8' });
  return { report: JSON.parse(json.stdout).files[0], output: printed.stdout };
}

/** The edits a workspace edit makes to one document, applied to its text as an editor would. */
function applyTo(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [
    ...(edit.changes?.[uri] ?? []),
    ...(edit.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? change.edits : [])),
  ] as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits);
}

/** The text each diagnostic covers, read by the protocol library's own document (UTF-16 positions). */
function covered(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return diagnostics.map((d) => text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)));
}

describe('unmangle lsp, driven over stdio', () => {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-lsp-'));
  let client: LspClient;

  beforeAll(async () => {
    client = await startClient({ root });
  });
  afterAll(() => client?.kill());

  it('says what it can do', () => {
    expect(client.initialized.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.unmangle'] });
    expect(client.registrations).toBeDefined();
  });

  it('publishes the CLI’s changes as warnings and suggestions as information, on the exact text', async () => {
    const path = join(root, 'seed.txt');
    writeFileSync(path, SEED);
    const uri = `file://${path}`;
    await client.open(uri, SEED);
    const { diagnostics, version } = await client.diagnostics(uri);
    expect(version).toBe(1);
    const { report } = cli(path);
    const byKind = (severity: number) => diagnostics.filter((d) => d.severity === severity);
    expect(covered(SEED, byKind(2))).toEqual(report.changes.map((c: { original: string }) => c.original));
    expect(covered(SEED, byKind(3))).toEqual(report.suggestions.map((c: { original: string }) => c.original));
    expect(byKind(2).map((d) => [d.code, d.message, d.source])).toEqual(report.changes.map((c: { fixer: string; rule: string; message: string }) => [`${c.fixer}/${c.rule}`, c.message, 'unmangle']));
  });

  it('applies a quick fix and the whole file’s fix: the whole file is what the CLI prints', async () => {
    const path = join(root, 'fix.txt');
    writeFileSync(path, SEED);
    const uri = `file://${path}`;
    await client.open(uri, SEED);
    const { diagnostics } = await client.diagnostics(uri);
    const warning = diagnostics.find((d) => d.code === 'repeated-phrase/repeated-word')!;
    const actions = await client.codeActions(uri, warning.range);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toMatch(/^Delete “ ?warmly” \(unmangle\)$/);
    const fixed = applyTo(SEED, uri, fix.edit!);
    expect(fixed).toBe(SEED.replace('warmly warmly', 'warmly'));
    const all = actions.find((a) => a.title.startsWith('Fix all'))!;
    expect(applyTo(SEED, uri, all.edit!)).toBe(cli(path).output);
    // Asked for by kind, as an editor does on save.
    const [onSave] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(onSave!.kind).toBe('source.fixAll.unmangle');
    expect(applyTo(SEED, uri, onSave!.edit!)).toBe(cli(path).output);
  });

  it('counts columns in UTF-16 code units, past emoji and combining accents', async () => {
    const text = 'Cafe\u0301 👩‍👩‍👧 🎉 it was was a honest day.\n🇸🇻 e\u0301 the the end.\n';
    const uri = `file://${join(root, 'emoji.txt')}`;
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    expect(covered(text, diagnostics)).toEqual([' was', 'a honest', ' the']);
    // The first starts after 4 + 1 + 1 + 8 + 1 + 2 + 1 + 3 + 3 code units on line 0.
    expect(diagnostics[0]!.range.start).toEqual({ line: 0, character: 'Cafe\u0301 👩‍👩‍👧 🎉 it was'.length });
    expect(diagnostics[2]!.range.start).toEqual({ line: 1, character: '🇸🇻 e\u0301 the'.length });
  });

  it('checks the latest version after an edit in the middle', async () => {
    const text = 'One line here.\nA second line.\nThe last line.\n';
    const uri = `file://${join(root, 'edit.txt')}`;
    await client.open(uri, text);
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    // Two edits in a row: only the second version's diagnostics count.
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: 'green ' }]);
    await client.change(uri, 3, [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: 'green ' }]);
    const { diagnostics, version } = await client.diagnostics(uri, (p) => p.version === 3);
    expect(version).toBe(3);
    const now = 'One line here.\nA green green second line.\nThe last line.\n';
    expect(covered(now, diagnostics)).toEqual([' green']);
    expect(diagnostics[0]!.range).toEqual({ start: { line: 1, character: 7 }, end: { line: 1, character: 13 } });
    const [fix] = await client.codeActions(uri, diagnostics[0]!.range);
    expect(applyTo(now, uri, fix!.edit!)).toBe('One line here.\nA green second line.\nThe last line.\n');
  });
});
