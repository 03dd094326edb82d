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

const BIN_ENTRIES = ['src/cli/bin.ts'];
/** Which modules each file of the bundle holds, as scripts/build-cli.ts wrote it. */
const bundleInputs = (): Record<string, string[]> => JSON.parse(readFileSync('dist/bundle/inputs.json', 'utf8')) as Record<string, string[]>;

describe('what a run loads up front', () => {
  it('is what bin/unmangle.js runs: the bundle of src/cli/bin.ts', () => {
    expect(readFileSync('bin/unmangle.js', 'utf8')).toContain("import '../dist/bundle/unmangle.js'");
    expect(bundleInputs()['unmangle.js']).toContain('src/cli/bin.ts');
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
 * The modules a real run loads, one line on stdin in `folder`: the files a module hook in the child sees
 * loaded, each bundle file read as the modules it holds.
 */
function loadedAtRun(folder: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-loads-'));
  for (const [name, text] of Object.entries(folder)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOADED_LOG, url + '\\n'); return next(url, context); }\n");
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const log = join(dir, 'loaded.log');
  writeFileSync(log, '');
  const child = spawnSync(process.execPath, ['--import', './register.mjs', resolve('bin/unmangle.js')], { cwd: dir, input: 'It was was a test.\n', encoding: 'utf8', env: { ...process.env, LOADED_LOG: log } });
  expect(child.stdout).toBe('It was a test.\n');
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  // Everything the run loads of its own comes from the bundle: no module of dist/ is loaded one by one.
  expect(urls.filter((url) => url.includes('/dist/') && !url.includes('/dist/bundle/'))).toEqual([]);
  const inputs = bundleInputs();
  return urls.flatMap((url) => {
    const file = /\/dist\/bundle\/([^/]+)$/.exec(url)?.[1];
    if (file === undefined) return [url];
    expect(inputs[file], `${file} is in dist/bundle/inputs.json`).toBeDefined();
    return inputs[file]!;
  });
}

describe('what a run loads', () => {
  const yaml = (modules: readonly string[]) => modules.filter((module) => module.includes('node_modules/yaml/'));

  it('leaves YAML’s parser out in a project that lists unmangle as a dependency', () => {
    const loaded = loadedAtRun({ 'package.json': '{"name": "x", "devDependencies": {"unmangle": "^0.1.0"}}\n' });
    expect(loaded).toContain('src/cli/run.ts');
    expect(yaml(loaded)).toEqual([]);
    // Nor Markdown's parser, the language server's libraries, or the glob and ignore matchers (no folder is walked).
    expect(loaded.filter((module) => /node_modules\/(micromark|mdast-|vscode-|picomatch|ignore)/.test(module))).toEqual([]);
    // The word list is read from its file, not imported: 30 ms of compiling a 2.8 MB module at every start.
    expect(loaded.filter((module) => module.includes('english-words.generated'))).toEqual([]);
  });

  it('loads it for a package.json that configures unmangle', () => {
    expect(yaml(loadedAtRun({ 'package.json': '{"name": "x", "unmangle": {"skip": ["spacing"]}}\n' })).length).toBeGreaterThan(0);
  });
});
