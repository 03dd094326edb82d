import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/parse.js';

/** The built executable, as a user runs it; `npm test` builds dist/ first. */
function learn(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/unmangle.js'), 'learn', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('unmangle learn, spawned on a real folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unmangle-learn-e2e-'));
  mkdirSync(join(dir, 'articles/2025'), { recursive: true });
  writeFileSync(join(dir, 'articles/a.txt'), 'Officials met Bukele on Monday. Later, talks with Bukele went on. Then Baukele spoke.\n');
  writeFileSync(join(dir, 'articles/2025/b.md'), '# Visit\n\nThe visit of Bukele was short, and `Bukle` is code. Reporters asked Bukele twice.\n');
  writeFileSync(join(dir, 'articles/skipped.json'), '{"Bukle": "Bukle Bukle"}\n');

  it('prints a glossary the parser reads, from the prose of the files a folder holds', () => {
    const { code, stdout, stderr } = learn(['articles'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(parseGlossary(stdout, 'learned.yaml').map((entry) => [entry.name, entry.variants])).toEqual([['Bukele', ['Baukele']]]);
    expect(stdout).toContain('Bukele 4× in 2 files');
  });

  it('--merge --write adds to the glossary in place, keeping its bytes and its mode', () => {
    const glossary = join(dir, 'names.yaml');
    writeFileSync(glossary, '# Our names\nKallas: []   # Estonia\n', { mode: 0o640 });
    const { code, stdout, stderr } = learn(['--merge', 'names.yaml', '--write', 'articles'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: 'unmangle: names.yaml: written with 1 learned name\n' });
    const written = readFileSync(glossary, 'utf8');
    expect(written.startsWith('# Our names\nKallas: []   # Estonia\n')).toBe(true);
    expect(parseGlossary(written, 'names.yaml').map((entry) => entry.name)).toEqual(['Kallas', 'Bukele']);
    expect(statSync(glossary).mode & 0o777).toBe(0o640);
  });

  it('a path that is not there: exit 2, one line, nothing on stdout', () => {
    expect(learn(['articles', 'nowhere'], dir)).toEqual({ code: 2, stdout: '', stderr: 'unmangle: nowhere: no such file\n' });
  });
});
