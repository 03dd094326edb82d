import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Modules a run loads only when it needs them, by `import()`: Markdown's parser, a glossary's, a config's, the language server. */
const ON_DEMAND = new Set(['src/formats/markdown.ts', 'src/glossary/parse.ts', 'src/node/config-schema.ts', 'src/lsp/main.ts']);

/**
 * What every run of the CLI loads: the modules `bin/unmangle.js` reaches by imports, static or `import()`,
 * but for the ones loaded on demand (`import type` is erased). For each, the packages it imports.
 */
function loadedUpFront(entries: readonly string[]): Map<string, string[]> {
  const packagesOf = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (packagesOf.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const targets = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"`;]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => ({ target: (m[1] ?? m[2] ?? m[3])!, dynamic: m[3] !== undefined }));
    packagesOf.set(file, targets.filter(({ target }) => !target.startsWith('.') && !target.startsWith('node:')).map(({ target }) => target));
    for (const { target, dynamic } of targets.filter(({ target }) => target.startsWith('.'))) {
      const path = relative(process.cwd(), resolve(dirname(file), target.replace(/\.js$/, '.ts')));
      // Imported by `import()`, an on-demand module loads only when needed; imported statically, always.
      if (!(dynamic && ON_DEMAND.has(path))) visit(path);
    }
  };
  entries.forEach(visit);
  return packagesOf;
}

const BIN_ENTRIES = ['src/cli/main.ts', 'src/node/io.ts', 'src/node/interrupt.ts'];

describe('what a run loads up front', () => {
  it('is what bin/unmangle.js imports', () => {
    const bin = readFileSync('bin/unmangle.js', 'utf8');
    for (const entry of BIN_ENTRIES) expect(bin).toContain(`../dist/${entry.slice(4).replace(/\.ts$/, '.js')}`);
  });

  it('leaves YAML’s parser out: it loads only with a glossary or a config file (~25 ms of every start-up)', () => {
    const closure = loadedUpFront(BIN_ENTRIES);
    expect(closure.size).toBeGreaterThan(40);
    expect([...closure].filter(([, packages]) => packages.includes('yaml')).map(([file]) => file)).toEqual([]);
  });

  it('leaves the language server’s protocol libraries out: only `unmangle lsp` loads them', () => {
    const closure = loadedUpFront(BIN_ENTRIES);
    expect([...closure].filter(([, packages]) => packages.some((name) => name.startsWith('vscode-'))).map(([file]) => file)).toEqual([]);
    // The check itself: the server's own modules do import them.
    const all = loadedUpFront(['src/lsp/main.ts']);
    expect([...all].filter(([, packages]) => packages.some((name) => name.startsWith('vscode-languageserver'))).length).toBeGreaterThan(3);
  });

  it('sees a package imported up front where there is one', () => {
    // The check itself: the library face imports the glossary parser, and with it YAML's, up front.
    const closure = loadedUpFront(['src/index.ts']);
    expect([...closure].filter(([, packages]) => packages.includes('yaml')).map(([file]) => file)).toContain('src/glossary/parse.ts');
  });
});
