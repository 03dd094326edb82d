import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startClient, type LspClient } from '../helpers/lsp-client.js';

const SEED = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');

/** The built CLI's JSON report of a file. */
function cliReport(path: string) {
  return JSON.parse(spawnSync(process.execPath, ['bin/unmangle.js', '--format', 'json', path], { encoding: 'utf8' }).stdout).files[0];
}

/** What the built CLI prints for a file: its corrected text. */
function cliOutput(path: string): string {
  return spawnSync(process.execPath, ['bin/unmangle.js', path], { encoding: 'utf8' }).stdout;
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

  /** A folder of `root` with a config naming one glossary, `names.yaml`, of this text. */
  const project = (name: string, glossaryText: string, settings = ''): { folder: string; glossary: string } => {
    const folder = join(root, name);
    mkdirSync(folder);
    writeFileSync(join(folder, 'unmangle.config.yaml'), `glossaries: [names.yaml]\n${settings}`);
    writeFileSync(join(folder, 'names.yaml'), glossaryText);
    return { folder, glossary: join(folder, 'names.yaml') };
  };

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
    const report = cliReport(path);
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
    const printed = cliOutput(path);
    expect(applyTo(SEED, uri, all.edit!)).toBe(printed);
    // Asked for by kind, as an editor does on save.
    const [onSave] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(onSave!.kind).toBe('source.fixAll.unmangle');
    expect(applyTo(SEED, uri, onSave!.edit!)).toBe(printed);
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

  // The CLI is run on each version (a worker thread each time): room for a slow machine.
  it('checks a long document on a worker thread, version after version, as the CLI does', { timeout: 45_000 }, async () => {
    const folder = 'eval/corpus/mt-reference';
    const long = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(folder, f), 'utf8').trim()).join('\n\n') + '\n';
    expect(long.length).toBeGreaterThan(16_384);
    const path = join(root, 'long.txt');
    const uri = `file://${path}`;
    let doc = TextDocument.create(uri, 'plaintext', 1, long);
    await client.open(uri, long);
    for (let version = 1; version <= 3; version++) {
      if (version > 1) {
        const middle = doc.positionAt(Math.floor(long.length / 2) + version);
        const change = { range: { start: middle, end: middle }, text: 'green green ' };
        doc = TextDocument.update(doc, [change], version);
        await client.change(uri, version, [change]);
      }
      const { diagnostics } = await client.diagnostics(uri, (p) => p.version === version);
      writeFileSync(path, doc.getText());
      const report = cliReport(path);
      expect(covered(doc.getText(), diagnostics.filter((d) => d.severity === 2))).toEqual(report.changes.map((c: { original: string }) => c.original));
      expect(diagnostics.filter((d) => d.severity === 3)).toHaveLength(report.suggestions.length);
    }
  });

  it('offers each candidate of a suggestion', async () => {
    const { folder } = project('tie', 'Kallas: []\nKalass: []\n', 'only: [names]\n');
    const uri = `file://${join(folder, 'tie.txt')}`;
    await client.open(uri, 'Kalas said so.\n');
    const [suggestion] = (await client.diagnostics(uri)).diagnostics;
    expect(suggestion!.severity).toBe(3);
    const actions = await client.codeActions(uri, suggestion!.range);
    const replacements = actions.filter((a) => a.title.startsWith('Replace')).map((a) => applyTo('Kalas said so.\n', uri, a.edit!));
    expect(replacements.sort()).toEqual(['Kalass said so.\n', 'Kallas said so.\n']);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
  });

  it('keeps a word as written with [sic] in text, and with disable comments in Markdown', async () => {
    /** Apply the first diagnostic's "keep as written", and see the next version has nothing to say. */
    const keep = async (name: string, text: string, languageId: string): Promise<string> => {
      const uri = `file://${join(root, name)}`;
      await client.open(uri, text, languageId);
      const [change] = (await client.diagnostics(uri)).diagnostics;
      const action = (await client.codeActions(uri, change!.range)).find((a) => a.title.startsWith('Keep as written'))!;
      const kept = applyTo(text, uri, action.edit!);
      await client.change(uri, 2, [{ text: kept }]);
      expect((await client.diagnostics(uri, (p) => p.version === 2)).diagnostics).toEqual([]);
      return kept;
    };
    expect(await keep('keep.txt', 'They thanked and thanked US officials.\n', 'plaintext')).toBe('They thanked and thanked [sic] US officials.\n');
    expect(await keep('keep.md', '# Notes\n\nThey thanked and thanked US officials.\n', 'markdown')).toBe(
      '# Notes\n\nThey thanked<!-- unmangle-disable --> and thanked<!-- unmangle-enable --> US officials.\n',
    );
  });

  it('adds a garble to the config’s glossary as an edit of that file, which counts once saved', async () => {
    const { folder, glossary } = project('newsroom', '# the beat\nNayib Bukele: []\n');
    const text = 'Bukele spoke. Bukele left. Baukele returned.\n';
    const uri = `file://${join(folder, 'story.txt')}`;
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const change = diagnostics.find((d) => covered(text, [d])[0] === 'Baukele')!;
    expect(change.code).toBe('names/surname');
    const add = (await client.codeActions(uri, change.range)).find((a) => a.title.startsWith('Add'))!;
    // Listed under the full name: a garble of fewer words replaces only the words it sounds like.
    expect(add.title).toBe('Add “Baukele” to newsroom/names.yaml as a garble of “Nayib Bukele” (unmangle)');
    const glossaryUri = `file://${glossary}`;
    const edited = applyTo(readFileSync(glossary, 'utf8'), glossaryUri, add.edit!);
    expect(edited).toBe('# the beat\nNayib Bukele: [Baukele]\n');
    // The editor saves the file; the client's watcher reports it.
    writeFileSync(glossary, edited);
    await client.filesChanged([glossaryUri]);
    const after = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'names/listed-variant'));
    expect(covered(text, after.diagnostics)).toEqual(['Baukele']);
    // Or the other way: Baukele is a name of its own, kept as written everywhere.
    const keep = (await client.codeActions(uri, after.diagnostics[0]!.range)).find((a) => a.title.startsWith('Keep “Baukele”'))!;
    expect(keep).toBeUndefined();
    writeFileSync(glossary, '# the beat\nNayib Bukele: []\n');
    await client.filesChanged([glossaryUri]);
    const before = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'names/surname'));
    const kept = (await client.codeActions(uri, before.diagnostics[0]!.range)).find((a) => a.title.startsWith('Keep “Baukele”'))!;
    expect(kept.title).toBe('Keep “Baukele” as written everywhere: add it to newsroom/names.yaml (unmangle)');
    writeFileSync(glossary, applyTo(readFileSync(glossary, 'utf8'), glossaryUri, kept.edit!));
    await client.filesChanged([glossaryUri]);
    expect((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it('fits its glossary edits to the glossary open in the editor with unsaved changes, not to the file on disk', async () => {
    const { folder, glossary } = project('unsaved', 'Nayib Bukele: []\n');
    const glossaryUri = `file://${glossary}`;
    const unsaved = '# the beat, unsaved\n# sources: the wires\nNayib Bukele: []\n';
    await client.open(glossaryUri, unsaved, 'yaml', 7);
    const text = 'Bukele spoke. Bukele left. Baukele returned.\n';
    const uri = `file://${join(folder, 'story.txt')}`;
    await client.open(uri, text);
    const change = (await client.diagnostics(uri)).diagnostics.find((d) => covered(text, [d])[0] === 'Baukele')!;
    const actions = await client.codeActions(uri, change.range);
    const add = actions.find((a) => a.title.startsWith('Add'))!;
    const versions = (add.edit!.documentChanges ?? []).flatMap((c) => ('textDocument' in c ? [c.textDocument.version] : []));
    expect(versions).toEqual([7]);
    expect(applyTo(unsaved, glossaryUri, add.edit!)).toBe('# the beat, unsaved\n# sources: the wires\nNayib Bukele: [Baukele]\n');
    const kept = actions.find((a) => a.title.startsWith('Keep “Baukele” as written everywhere'))!;
    expect(applyTo(unsaved, glossaryUri, kept.edit!)).toMatch(/^# the beat, unsaved\n# sources: the wires\nNayib Bukele: \[\]\n.*Baukele/s);
    expect(readFileSync(glossary, 'utf8')).toBe('Nayib Bukele: []\n');
  });

  it('makes a glossary and a config where there is none, for a client that can create files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-lsp-bare-'));
    const bare = await startClient({ root: folder });
    try {
      const text = 'Bukele spoke. Bukele left. Baukele returned.\n';
      const uri = `file://${join(folder, 'story.txt')}`;
      await bare.open(uri, text);
      const change = (await bare.diagnostics(uri)).diagnostics.find((d) => covered(text, [d])[0] === 'Baukele')!;
      const add = (await bare.codeActions(uri, change.range)).find((a) => a.title.startsWith('Add'))!;
      expect(add.title).toBe('Add “Baukele” to glossary.yaml as a garble of “Bukele” (unmangle)');
      const created = add.edit!.documentChanges!.filter((c) => 'kind' in c).map((c) => (c as { uri: string }).uri);
      expect(created).toEqual([`file://${join(folder, 'glossary.yaml')}`, `file://${join(folder, 'unmangle.config.yaml')}`]);
      expect(applyTo('', `file://${join(folder, 'glossary.yaml')}`, add.edit!)).toBe('Bukele: [Baukele]\n');
      expect(applyTo('', `file://${join(folder, 'unmangle.config.yaml')}`, add.edit!)).toBe('glossaries: ["glossary.yaml"]\n');
    } finally {
      bare.kill();
    }
  });

  it('reports a broken glossary on its line and keeps serving the other documents; fixed, it is read again', async () => {
    const { folder, glossary } = project('broken', 'Nayib Bukele: []\nKaja Kallas:\n  variants: Kaja Kalas\n');
    const glossaryUri = `file://${glossary}`;
    const uri = `file://${join(folder, 'story.txt')}`;
    await client.open(uri, 'It was was Kaja Kalas.\n');
    const problem = await client.diagnostics(glossaryUri);
    expect(problem.diagnostics).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 22 } }, severity: 1, source: 'unmangle', message: '"variants" of "Kaja Kallas" must be a list of strings' },
    ]);
    const shown = await client.message((m) => m.message.includes('names.yaml:3:'));
    expect(shown).toEqual({ type: 1, message: 'unmangle: broken/names.yaml:3: "variants" of "Kaja Kallas" must be a list of strings' });
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    // Another document is still checked.
    const elsewhere = `file://${join(root, 'elsewhere.txt')}`;
    await client.open(elsewhere, 'It was was fine.\n');
    expect((await client.diagnostics(elsewhere)).diagnostics).toHaveLength(1);
    // Fixed and saved: the problem goes, and the document is checked with the glossary.
    writeFileSync(glossary, 'Nayib Bukele: []\nKaja Kallas:\n  variants: [Kaja Kalas]\n');
    await client.filesChanged([glossaryUri]);
    expect((await client.diagnostics(glossaryUri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    const fixed = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(['repeated-phrase/repeated-word', 'names/listed-variant']);
  });

  it('reports a bad config on its line', async () => {
    const folder = join(root, 'bad-config');
    mkdirSync(folder);
    writeFileSync(join(folder, 'unmangle.config.yaml'), '# settings\nskip: [spacing, speling]\n');
    const uri = `file://${join(folder, 'a.md')}`;
    await client.open(uri, 'It was was fine.\n', 'markdown');
    const { diagnostics } = await client.diagnostics(`file://${join(folder, 'unmangle.config.yaml')}`);
    expect(diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([[1, 'unknown fixer "speling" in "skip" (known: repeated-phrase, names, name-consistency, article, spacing)']]);
  });
});

describe('unmangle lsp settings from the client', () => {
  it('takes thresholds and fixers from initializationOptions, and workspace/configuration over them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unmangle-lsp-settings-'));
    const text = 'It was was a honest mistake , said Baukele. Bukele left. Bukele spoke.\n';
    const client = await startClient({ root, initializationOptions: { skip: ['spacing'], fixThreshold: 0.95 }, configuration: { skip: ['names', 'name-consistency'] } });
    try {
      const uri = `file://${join(root, 'a.txt')}`;
      await client.open(uri, text);
      const { diagnostics } = await client.diagnostics(uri);
      // The configuration's skip wins over the initialization's; the threshold turns every fix into a suggestion.
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
        ['repeated-phrase/repeated-word', 3],
        ['article/an', 3],
        ['spacing/space-before-punctuation', 3],
      ]);
    } finally {
      client.kill();
    }
  });

  it('says which client setting is wrong, and goes on without it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unmangle-lsp-settings-'));
    const client = await startClient({ root, initializationOptions: { only: ['speling'], fixThreshold: 2 } });
    try {
      const uri = `file://${join(root, 'a.txt')}`;
      await client.open(uri, 'It was was fine.\n');
      expect((await client.diagnostics(uri)).diagnostics).toHaveLength(1);
      expect(client.messages.map((m) => m.message)).toEqual([
        'unmangle settings: "only" must be a list of one or more fixers (repeated-phrase, names, name-consistency, article, spacing): ignored',
        'unmangle settings: "fixThreshold" must be a number from 0 to 1: ignored',
      ]);
    } finally {
      client.kill();
    }
  });

  it('sees a glossary saved on disk with a client that watches no files, at the next check', async () => {
    const root = mkdtempSync(join(tmpdir(), 'unmangle-lsp-unwatched-'));
    writeFileSync(join(root, 'unmangle.config.yaml'), 'glossaries: [names.yaml]\nonly: [names]\n');
    writeFileSync(join(root, 'names.yaml'), 'CECOT: []\n');
    const client = await startClient({ root, capabilities: {} });
    try {
      const uri = `file://${join(root, 'a.txt')}`;
      await client.open(uri, 'The Sikot jail.\n');
      const first = await client.diagnostics(uri);
      writeFileSync(join(root, 'names.yaml'), 'CECOT: [Sikot]\n');
      await client.change(uri, 2, [{ text: 'The Sikot jail is full.\n' }]);
      const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'names/listed-variant'));
      expect(first.diagnostics.map((d) => d.code)).not.toContain('names/listed-variant');
      expect(diagnostics.map((d) => d.code)).toEqual(['names/listed-variant']);
      expect(client.registrations).toEqual([]);
    } finally {
      client.kill();
    }
  });

  it('ends on shutdown and exit with code 0', async () => {
    const client = await startClient({ root: mkdtempSync(join(tmpdir(), 'unmangle-lsp-exit-')) });
    expect(await client.shutdown()).toBe(0);
  });
});
