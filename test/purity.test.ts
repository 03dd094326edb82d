import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, lowest first: a module may import from its own layer or below, never above.
 * core ← match, glossary, data ← fixers, learn ← formats ← reporters and the library face ← node ← cli and lsp
 * (the language server reuses the CLI's settings; the CLI starts it).
 */
const LAYERS: Record<string, number> = { core: 0, data: 0, types: 0, match: 1, glossary: 1, fixers: 2, learn: 2, formats: 3, reporters: 4, 'unmangler.ts': 4, 'index.ts': 4, node: 5, cli: 6, lsp: 6 };
/** What the library (everything `src/index.ts` reaches) may not do: touch files, the process or the console. */
const FORBIDDEN = [/from ['"]node:/, /from ['"](fs|path|os|child_process|process|worker_threads|url)['"]/, /\bprocess\./, /\bconsole\./, /\brequire\(/];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The `src/` files a module imports (relative imports only; packages are not layered). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((match) => {
    const target = resolve(dirname(file), (match[1] ?? match[2])!);
    return relative(process.cwd(), target.replace(/\.js$/, '.ts'));
  });
}

function layerOf(file: string): number {
  const top = relative('src', file).split('/')[0]!;
  const layer = LAYERS[top];
  if (layer === undefined) throw new Error(`${file}: no layer for src/${top}; add it to LAYERS`);
  return layer;
}

const files = sources('src');

/** The edges `[importer, imported]` that run up a layer, as messages. */
function upward(edges: readonly (readonly [string, string])[]): string[] {
  return edges.filter(([file, target]) => target.startsWith('src/') && layerOf(target) > layerOf(file)).map(([file, target]) => `${file} imports ${target}`);
}

describe('the layers of src/', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no import that runs up a layer', () => {
    expect(upward(files.flatMap((file) => importsOf(file).map((target): [string, string] => [file, target])))).toEqual([]);
  });

  it('sees an upward import where there is one', () => {
    // The check itself, on edges the code does not have: node importing cli, core importing a fixer.
    expect(upward([['src/node/io.ts', 'src/cli/main.ts'], ['src/core/engine.ts', 'src/fixers/names.ts'], ['src/cli/main.ts', 'src/core/types.ts']])).toEqual([
      'src/node/io.ts imports src/cli/main.ts',
      'src/core/engine.ts imports src/fixers/names.ts',
    ]);
    // And the import reader finds the imports a module has.
    expect(importsOf('src/cli/main.ts')).toContain('src/node/io-types.ts');
  });
});

describe('the library and the reporters', () => {
  // Everything `import { unmangle } from 'unmangle'` loads, followed import by import.
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file) || !file.endsWith('.ts')) return;
    reached.add(file);
    for (const target of importsOf(file)) visit(target);
  };
  visit('src/index.ts');
  // The reporters are pure too: they turn results into text, and the CLI writes it.
  for (const file of files.filter((file) => file.startsWith('src/reporters/'))) visit(file);

  it('reaches the fixers, the formats and the data', () => {
    expect([...reached]).toEqual(expect.arrayContaining(['src/fixers/names.ts', 'src/formats/subtitles.ts', 'src/glossary/lexicon.ts', 'src/reporters/json.ts']));
    expect([...reached].some((file) => file.startsWith('src/node/') || file.startsWith('src/cli/'))).toBe(false);
  });

  it.each([...reached].sort().map((file) => [file]))('%s touches no file system, process or console', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
