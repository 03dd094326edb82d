import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Modules a run loads only when it needs them, by `import()`: Markdown's parser, a glossary's, a config's,
 * the review of `-i` (which edits glossaries), `unmangle learn`, and the language server: each loaded only for
 * its mode or subcommand.
 */
const ON_DEMAND = new Set(['src/formats/markdown.ts', 'src/glossary/parse.ts', 'src/node/config-schema.ts', 'src/cli/review/run-review.ts', 'src/cli/learn.ts', 'src/lsp/main.ts', 'src/node/worker.ts']);

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

const BIN_ENTRIES = ['src/cli/bin.ts'];
const BUNDLE = 'dist/bundle/unmangle.cjs';

describe('what a run loads up front', () => {
  it('is what bin/unmangle.js runs: the bundle of src/cli/bin.ts', () => {
    expect(readFileSync('bin/unmangle.js', 'utf8')).toContain("runBundle('runCli')");
    expect(readFileSync(BUNDLE, 'latin1')).toContain('\n// src/cli/bin.ts\n');
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

/**
 * The modules a real run runs, one line on stdin in `folder`: the bundle wraps each module in a function
 * named by its path, run when the module is first imported, and V8's coverage (NODE_V8_COVERAGE) says
 * which functions ran.
 */
function modulesRun(folder: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-loads-'));
  for (const [name, text] of Object.entries(folder)) writeFileSync(join(dir, name), text);
  const coverage = join(dir, 'coverage');
  const child = spawnSync(process.execPath, [resolve('bin/unmangle.js')], { cwd: dir, input: 'It was was a test.\n', encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: coverage } });
  expect(child.stdout).toBe('It was a test.\n');
  type Coverage = { result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[] };
  const scripts = readdirSync(coverage).flatMap((file) => (JSON.parse(readFileSync(join(coverage, file), 'utf8')) as Coverage).result);
  const bundle = scripts.find((script) => script.url.endsWith(`/${BUNDLE}`));
  expect(bundle, 'the run ran the bundle').toBeDefined();
  return bundle!.functions.filter((fn) => fn.ranges[0]!.count > 0 && /^(src|node_modules)\//.test(fn.functionName)).map((fn) => fn.functionName);
}

describe('what a run runs', () => {
  const yaml = (modules: readonly string[]) => modules.filter((module) => module.startsWith('node_modules/yaml/'));

  it('leaves YAML’s parser out in a project that lists unmangle as a dependency', () => {
    const ran = modulesRun({ 'package.json': '{"name": "x", "devDependencies": {"unmangle": "^0.1.0"}}\n' });
    expect(ran).toContain('src/cli/run.ts');
    expect(yaml(ran)).toEqual([]);
    // Nor Markdown's parser, the language server, or the glob and ignore matchers (no folder is walked).
    expect(ran.filter((module) => /^node_modules\/(micromark|mdast-|vscode-|picomatch|ignore)/.test(module) || module.startsWith('src/lsp/'))).toEqual([]);
  });

  it('loads it for a package.json that configures unmangle', () => {
    expect(yaml(modulesRun({ 'package.json': '{"name": "x", "unmangle": {"skip": ["spacing"]}}\n' })).length).toBeGreaterThan(0);
  });

  it('reads the word list from its file: the 2.8 MB module is not in the bundle (30 ms of compiling at every start)', () => {
    expect(readFileSync(BUNDLE, 'latin1')).not.toContain('// src/data/english-words.generated.ts');
    expect(readFileSync(BUNDLE, 'latin1')).toContain('// src/node/english-words.ts');
  });
});
