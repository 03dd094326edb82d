import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Modules a run loads only when it needs them, by `import()`: Markdown's parser, a glossary's, a config's,
 * the review of `-i` (which edits glossaries), `unmangle learn`, and the language server: each loaded only for
 * its mode or subcommand.
 */
const ON_DEMAND = new Set(['src/formats/markdown.ts', 'src/glossary/parse.ts', 'src/node/config-schema.ts', 'src/cli/review/run-review.ts', 'src/cli/learn.ts', 'src/lsp/main.ts']);

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

/** The modules a real run loads, recorded by a module hook in the child: one line on stdin, in `folder`. */
function loadedAtRun(folder: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-loads-'));
  for (const [name, text] of Object.entries(folder)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, url + '\\n'); return next(url, context); }\n");
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const log = join(dir, 'loaded.log');
  writeFileSync(log, '');
  const child = spawnSync(process.execPath, ['--import', './register.mjs', resolve('bin/unmangle.js')], { cwd: dir, input: 'It was was a test.\n', encoding: 'utf8', env: { ...process.env, LOADED_LOG: log } });
  expect(child.stdout).toBe('It was a test.\n');
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('what a run loads', () => {
  const yaml = (urls: readonly string[]) => urls.filter((url) => url.includes('/node_modules/yaml/'));

  it('leaves YAML’s parser out in a project that lists unmangle as a dependency', () => {
    const loaded = loadedAtRun({ 'package.json': '{"name": "x", "devDependencies": {"unmangle": "^0.1.0"}}\n' });
    expect(loaded.some((url) => url.endsWith('/dist/cli/run.js'))).toBe(true);
    expect(yaml(loaded)).toEqual([]);
    // The word list is read from its file, not imported: 30 ms of compiling a 2.8 MB module at every start.
    expect(loaded.filter((url) => url.includes('english-words.generated'))).toEqual([]);
  });

  it('loads it for a package.json that configures unmangle', () => {
    expect(yaml(loadedAtRun({ 'package.json': '{"name": "x", "unmangle": {"skip": ["spacing"]}}\n' })).length).toBeGreaterThan(0);
  });
});
