import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClientSettings } from '../../src/lsp/client-settings.js';

const README = readFileSync('README.md', 'utf8');
const SECTION = README.slice(README.indexOf('### In an editor'), README.indexOf('### Markdown and subtitles'));
const block = (language: string): string => new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(SECTION)![1]!;

describe("the README's editor set-ups start the server the tests drive", () => {
  it('Neovim, Helix and Zed run `unmangle lsp --stdio`', () => {
    expect(block('lua')).toContain("cmd = { 'unmangle', 'lsp', '--stdio' }");
    expect(block('toml')).toMatch(/command = "unmangle"\nargs = \["lsp", "--stdio"\]/);
    expect(readFileSync('editors/zed/src/lib.rs', 'utf8')).toContain('vec!["lsp".into(), "--stdio".into()]');
    expect(JSON.parse(block('json')).lsp.unmangle).toBeDefined();
  });

  it('their settings examples are settings the server takes', () => {
    expect(readClientSettings({ skip: ['spacing'] }).problems).toEqual([]);
    for (const text of [block('lua'), block('toml'), block('json')]) expect(text).toMatch(/skip = \{ 'spacing' \}|skip = \["spacing"\]|"skip": \["spacing"\]/);
  });

  it('the settings table lists exactly the settings the server reads', () => {
    const table = /\| setting \| as \|\n([\s\S]*?)\n\n/.exec(SECTION)![1]!;
    const listed = [...table.matchAll(/`(\w+)`(?=[^|]*\|[^|]*\|$)/gm)].map((match) => match[1]!);
    const { settings, problems } = readClientSettings(Object.fromEntries(listed.map((key) => [key, undefined])));
    expect([settings, problems]).toEqual([{}, []]);
    expect(listed.sort()).toEqual(['allowOutsideGlossaries', 'builtinNames', 'config', 'debounceMs', 'fixThreshold', 'glossaries', 'only', 'skip', 'suggestThreshold']);
  });

  it('the VS Code extension is its own package, starting `unmangle lsp` over stdio with settings the server takes', () => {
    const extension = JSON.parse(readFileSync('editors/vscode/package.json', 'utf8'));
    expect(existsSync(`editors/vscode/${extension.main}`)).toBe(true);
    const code = readFileSync(`editors/vscode/${extension.main}`, 'utf8');
    // TransportKind.stdio adds --stdio to the arguments.
    expect(code).toMatch(/args: \['lsp'\], transport: TransportKind\.stdio/);
    const samples: Record<string, unknown> = { number: 0.5, boolean: true, array: ['names'], string: 'x' };
    const contributed = Object.entries(extension.contributes.configuration.properties as Record<string, { type: string }>).map(([key, { type }]) => [key.replace(/^unmangle\./, ''), samples[type]]);
    expect(readClientSettings(Object.fromEntries(contributed)).problems).toEqual([]);
    const root = JSON.parse(readFileSync('package.json', 'utf8'));
    expect({ ...root.dependencies, ...root.devDependencies }).not.toHaveProperty('vscode-languageclient');
  });

  it('gives the measured latency and memory', () => {
    expect(SECTION).not.toMatch(/LATENCY_|MEMORY \|/);
    expect(SECTION).toMatch(/didChange → publishDiagnostics, default 50 ms pause \| median \d+ ms/);
  });
});
