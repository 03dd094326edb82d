import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { unmangle } from '../../src/index.js';
import { candidatesOf, describeEdit, entriesAt, fixActions, fixAllAction, wanted } from '../../src/lsp/actions.js';
import { diagnosticsOf } from '../../src/lsp/diagnostics.js';
import type { DocumentTarget } from '../../src/lsp/edits.js';

const doc = (text: string) => TextDocument.create('file:///a.txt', 'plaintext', 1, text);
const target = (text: string): DocumentTarget => ({ uri: 'file:///a.txt', version: 1, positions: doc(text) });
const editsOf = (edit: { documentChanges?: unknown[]; changes?: Record<string, TextEdit[]> }): TextEdit[] =>
  edit.changes?.['file:///a.txt'] ?? (edit.documentChanges as { edits: TextEdit[] }[]).flatMap((change) => change.edits);

describe('diagnosticsOf', () => {
  it('puts each change and suggestion on its UTF-16 range, as warning and information', () => {
    // Astral emoji are two code units (👩‍👧 is five with its joiner), a combining accent one, CRLF ends a line.
    const text = '🎉 e\u0301 was was\r\nok 👩‍👧 a honest man. Bukele -the end.\r\n';
    const result = unmangle(text);
    const diagnostics = diagnosticsOf(result, doc(text));
    expect(diagnostics.map((d) => [d.severity, d.code, d.range])).toEqual([
      [2, 'repeated-phrase/repeated-word', { start: { line: 0, character: 9 }, end: { line: 0, character: 13 } }],
      [2, 'article/an', { start: { line: 1, character: 9 }, end: { line: 1, character: 17 } }],
      [3, 'spacing/stray-hyphen', { start: { line: 1, character: 23 }, end: { line: 1, character: 34 } }],
    ]);
    expect(diagnostics.every((d) => d.source === 'unmangle')).toBe(true);
    expect(diagnostics[1]!.message).toBe(result.changes[1]!.message);
  });
});

describe('code actions of a result', () => {
  const text = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');
  const result = unmangle(text);

  it('fixes the whole file into the output, versioned or not', () => {
    for (const versioned of [true, false]) {
      const all = fixAllAction(result, target(text), versioned, 'quickfix')!;
      expect(TextDocument.applyEdits(doc(text), editsOf(all.edit!))).toBe(result.output);
      if (versioned) expect(all.edit!.documentChanges![0]).toMatchObject({ textDocument: { uri: 'file:///a.txt', version: 1 } });
    }
    expect(fixAllAction(unmangle('Fine.'), target('Fine.'), true, 'quickfix')).toBeNull();
  });

  it('finds what a cursor touches, at either edge of a change', () => {
    const change = result.changes[0]!;
    const at = (offset: number) => entriesAt(result, offset, offset).map((entry) => entry.change);
    expect(at(change.offset)).toContain(change);
    expect(at(change.offset + change.length)).toContain(change);
    expect(at(change.offset - 1)).not.toContain(change);
  });

  it('makes one preferred fix of a change, and one per candidate of a suggestion', () => {
    const [change] = entriesAt(result, result.changes[0]!.offset, result.changes[0]!.offset);
    const [fix] = fixActions(change!, target(text), true, []);
    expect(fix!.isPreferred).toBe(true);
    const tie = unmangle('Kalas said', { glossaries: [{ file: 'tie.yaml', text: 'Kallas: []\nKalass: []' }], only: ['names'] });
    const [suggestion] = entriesAt(tie, 0, 0);
    const fixes = fixActions(suggestion!, target('Kalas said'), true, []);
    expect(fixes.map((a) => TextDocument.applyEdits(doc('Kalas said'), editsOf(a.edit!))).sort()).toEqual(['Kalass said', 'Kallas said']);
    expect(fixes.some((a) => a.isPreferred)).toBe(false);
  });

  it('leaves out a candidate that is the text itself, and repeats', () => {
    const change = { ...result.changes[0]!, original: 'x', replacement: 'y', alternatives: ['y', 'x', 'z'] };
    expect(candidatesOf(change)).toEqual(['y', 'z']);
  });

  it('titles edits briefly', () => {
    expect(describeEdit(' warmly', '')).toBe('Delete “ warmly”');
    expect(describeEdit('', 'an')).toBe('Insert “an”');
    expect(describeEdit('Baukele', 'Bukele')).toBe('Replace “Baukele” with “Bukele”');
    expect(describeEdit('a\nb'.repeat(30), '')).toMatch(/^Delete “a⏎ba⏎b.{33}…”$/);
  });

  it('filters by the kinds the client asked for', () => {
    expect(wanted(undefined, 'quickfix')).toBe(true);
    expect(wanted(['source'], 'source.fixAll.unmangle')).toBe(true);
    expect(wanted(['source.fixAll'], 'source.fixAll.unmangle')).toBe(true);
    expect(wanted(['quickfix'], 'source.fixAll.unmangle')).toBe(false);
    expect(wanted(['source.fix'], 'source.fixAll.unmangle')).toBe(false);
  });
});
