import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The pure core: text in, findings and edits out. Only src/node and src/cli may touch the outside world. */
const PURE = ['src/core', 'src/fixers', 'src/match', 'src/glossary', 'src/data', 'src/reporters'];
const FORBIDDEN = [/from ['"]node:/, /from ['"](fs|path|os|child_process|process)['"]/, /\bprocess\./, /\bconsole\./, /\brequire\(/];

function sources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the pure core', () => {
  const files = PURE.flatMap(sources).concat('src/index.ts');

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [file]))('%s touches no file system, process or console', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
