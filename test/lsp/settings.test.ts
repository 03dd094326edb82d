import { describe, expect, it } from 'vitest';
import { readClientSettings } from '../../src/lsp/client-settings.js';
import { referenceGlossary } from '../../src/lsp/config-reference.js';
import { documentKind } from '../../src/lsp/document-syntax.js';
import { locateProblem, problemDiagnostic } from '../../src/lsp/problems.js';

describe('client settings', () => {
  it('takes what is well formed, from the object or its unmangle key', () => {
    const settings = { only: ['names'], skip: [], fixThreshold: 0.9, suggestThreshold: 0, builtinNames: false, glossaries: ['a.yaml'], config: false, allowOutsideGlossaries: true, debounceMs: 0 };
    expect(readClientSettings(settings)).toEqual({ settings, problems: [] });
    expect(readClientSettings({ unmangle: { skip: ['spacing'] } })).toEqual({ settings: { skip: ['spacing'] }, problems: [] });
    expect(readClientSettings(undefined)).toEqual({ settings: {}, problems: [] });
    expect(readClientSettings({ only: null })).toEqual({ settings: {}, problems: [] });
    // What VS Code sends of the section holds the extension's own keys too.
    expect(readClientSettings({ path: 'unmangle', trace: { server: 'off' }, skip: ['names'] })).toEqual({ settings: { skip: ['names'] }, problems: [] });
  });

  it('leaves out each wrong one, saying why', () => {
    const { settings, problems } = readClientSettings({ only: [], skip: ['speling'], fixThreshold: '0.5', config: true, colour: 1, debounceMs: -1, glossaries: 'a.yaml' });
    expect(settings).toEqual({});
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/^unmangle settings: "only" must be a list of one or more fixers/);
    expect(problems).toContain('unmangle settings: unknown setting "colour" (known: only, skip, fixThreshold, suggestThreshold, builtinNames, glossaries, config, allowOutsideGlossaries, debounceMs)');
    expect(readClientSettings(['names']).problems).toEqual(['unmangle settings: expected an object of settings']);
  });
});

describe('settings problems', () => {
  it('reads the file and line every config and glossary error starts with', () => {
    expect(locateProblem('names.yaml:7: "variants" of "X" must be a list')).toEqual({ file: 'names.yaml', line: 7, message: '"variants" of "X" must be a list' });
    expect(locateProblem('sub dir/c.yaml:2: glossary g.yaml: no such file')).toEqual({ file: 'sub dir/c.yaml', line: 2, message: 'glossary g.yaml: no such file' });
    expect(locateProblem('big.yaml: is over 10 MB')).toEqual({ file: 'big.yaml', line: 1, message: 'is over 10 MB' });
    expect(locateProblem('nothing to locate')).toBeNull();
  });

  it('covers its whole line, in UTF-16 columns, and stays inside the file', () => {
    const text = 'a: 1\r\n🎉: [x]\r\n';
    expect(problemDiagnostic({ file: 'g.yaml', line: 2, message: 'm' }, text).range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
    expect(problemDiagnostic({ file: 'g.yaml', line: 9, message: 'm' }, text).range.start.line).toBe(2);
    expect(problemDiagnostic({ file: 'g.yaml', line: 1, message: 'm' }, '')).toMatchObject({ severity: 1, source: 'unmangle', range: { end: { line: 0, character: 0 } } });
  });
});

describe('a config made to name a new glossary', () => {
  it('gets one line inserted, every other byte kept', () => {
    expect(referenceGlossary('/p/unmangle.config.yaml', '# ours\nskip: [spacing]\n', 'glossary.yaml')).toBe('glossaries: ["glossary.yaml"]\n# ours\nskip: [spacing]\n');
    expect(referenceGlossary('/p/.unmanglerc', '---\nroot: true\n', 'glossary.yaml')).toBe('---\nglossaries: ["glossary.yaml"]\nroot: true\n');
    expect(referenceGlossary('/p/unmangle.config.json', '{\n  "skip": ["spacing"]\n}\n', 'glossary.yaml')).toBe('{\n  "glossaries": ["glossary.yaml"],\n  "skip": ["spacing"]\n}\n');
    expect(referenceGlossary('/p/unmangle.config.json', '{}\n', 'glossary.yaml')).toBe('{\n  "glossaries": ["glossary.yaml"]\n}\n');
    expect(referenceGlossary('/p/unmangle.config.yaml', null, 'glossary.yaml')).toBe('glossaries: ["glossary.yaml"]\n');
  });

  it('is not made where one insertion cannot do it', () => {
    expect(referenceGlossary('/p/package.json', '{"unmangle": {}}', 'glossary.yaml')).toBeNull();
    expect(referenceGlossary('/p/unmangle.config.yaml', 'glossaries: []\n', 'glossary.yaml')).toBeNull();
    expect(referenceGlossary('/p/unmangle.config.json', '{"glossaries": ["a.yaml"]}', 'glossary.yaml')).toBeNull();
  });

  it('reads a YAML flow map as the JSON it looks like', () => {
    expect(referenceGlossary('/p/unmangle.config.yaml', '{skip: [spacing]}\n', 'glossary.yaml')).toBe('{\n  "glossaries": ["glossary.yaml"],\nskip: [spacing]}\n');
  });
});

describe('what a document is', () => {
  it('goes by its name as the command line does, else by its language id', () => {
    expect(documentKind('file:///a/b.md', 'whatever', '')).toEqual({ path: '/a/b.md', syntax: 'markdown' });
    expect(documentKind('file:///a/b%20c.SRT', 'plaintext', '')).toEqual({ path: '/a/b c.SRT', syntax: 'srt' });
    expect(documentKind('file:///a/t.txt', 'plaintext', '[00:00:01.000 --> 00:00:02.000]  Hi.\n[00:00:02.000 --> 00:00:03.000]  Ho.\n')).toMatchObject({ syntax: 'whisper' });
    expect(documentKind('untitled:Untitled-1', 'markdown', '')).toEqual({ path: null, syntax: 'markdown' });
    expect(documentKind('untitled:Untitled-2', 'webvtt', '')).toEqual({ path: null, syntax: 'vtt' });
    expect(documentKind('file:///a/code.ts', 'typescript', '')).toBeNull();
    expect(documentKind('file:///a/names.yaml', 'yaml', '')).toBeNull();
  });
});
