import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stagedRepo } from '../helpers/readme.js';
import { validatePreCommitManifest } from '../helpers/schemas.js';

const ROOT = process.cwd();
const MANIFEST = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; files: string }[];
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
// Installing the hook builds this package from a clone (npm install, npm pack): two minutes or more, so it
// runs in CI (which installs pre-commit) and where asked, not in every local `npm test`.
const runTryRepo = hasPreCommit && Boolean(process.env['CI'] || process.env['UNMANGLE_TRY_REPO']);
if (!runTryRepo) console.log(`pre-commit try-repo test skipped: ${hasPreCommit ? 'set CI=1 or UNMANGLE_TRY_REPO=1 to run it' : 'pre-commit is not installed'}`);

describe('the pre-commit hooks', () => {
  it('are a manifest pre-commit accepts, per its documented schema', () => {
    expect(validatePreCommitManifest(MANIFEST)).toEqual([]);
    // The schema is not a rubber stamp: a misspelt key or a missing entry fails it.
    expect(validatePreCommitManifest([{ ...MANIFEST[0], entyr: 'x' }])).not.toEqual([]);
    expect(validatePreCommitManifest([{ id: 'x', name: 'x', language: 'node' }])).not.toEqual([]);
  });

  it('check by default and fix with the second id, through the package\'s own bin, on the extensions folders are walked for', () => {
    expect(MANIFEST.map((hook) => [hook.id, hook.entry, hook.language])).toEqual([
      ['unmangle', 'unmangle --check', 'node'],
      ['unmangle-fix', 'unmangle --write', 'node'],
    ]);
    expect(Object.keys(PACKAGE.bin)).toEqual(['unmangle']);
    for (const hook of MANIFEST) {
      const files = new RegExp(hook.files);
      expect(['a.txt', 'b.md', 'c.markdown', 'd.srt', 'e.vtt'].every((name) => files.test(name))).toBe(true);
      expect(['a.rst', 'b.md.bak', 'c.ts'].some((name) => files.test(name))).toBe(false);
    }
  });

  it.skipIf(!runTryRepo)('run in a scratch repository with pre-commit try-repo: the check stops on a finding, the fix hook fixes it', () => {
    const { root: repo } = stagedRepo({ 'a.md': 'It was was a honest mistake.\n', 'b.txt': 'All is well.\n', 'c.rst': 'It was was a honest mistake.\n' });
    const env = { ...process.env, PRE_COMMIT_HOME: join(repo, '.pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
    const result = spawnSync('pre-commit', ['try-repo', ROOT, '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toMatch(/unmangle \(check\)\.+Failed/);
    expect(output).toContain('a.md: 2 changes');
    expect(output).not.toContain('c.rst');
    expect(output).toMatch(/unmangle \(fix\)\.+Failed[\s\S]*files were modified by this hook/);
    expect(readFileSync(join(repo, 'a.md'), 'utf8')).toBe('It was an honest mistake.\n');
    expect(readFileSync(join(repo, 'c.rst'), 'utf8')).toBe('It was was a honest mistake.\n');
  }, 400_000);
});
