import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/unmangle.js');
const DIRTY = 'It was was a honest mistake.\n';

/** A repository as an attacker would lay it out: files, and links to wherever it likes. */
function repo(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  for (const [name, target] of Object.entries(links)) symlinkSync(target, join(root, name));
  return root;
}

function run(args: string[], cwd: string, stdin?: number) {
  // A run that reads /dev/zero would fill memory for many seconds; the limits must stop it long before this.
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', ...(stdin !== undefined && { stdio: [stdin, 'pipe', 'pipe'] }) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const oneLine = (stderr: string): string[] => stderr.trim().split('\n');

describe('settings files must be regular files: a link to /dev/zero fails at once, one line, exit 2', () => {
  it.each<[string, Record<string, string>, string[], RegExp]>([
    ['.gitignore', { '.gitignore': '/dev/zero' }, ['--check', '.'], /^unmangle: \.gitignore: is not a regular file$/],
    ['a nested .unmangleignore', { 'sub/.unmangleignore': '/dev/zero' }, ['--check', '.'], /^unmangle: sub\/\.unmangleignore: is not a regular file$/],
    ['unmangle.config.json', { 'unmangle.config.json': '/dev/zero' }, ['a.txt'], /^unmangle: unmangle\.config\.json: is not a regular file$/],
    ['--config', { 'c.json': '/dev/zero' }, ['--config', 'c.json', 'a.txt'], /^unmangle: c\.json: is not a regular file$/],
    ['--glossary', { 'g.yaml': '/dev/zero' }, ['-g', 'g.yaml', 'a.txt'], /^unmangle: g\.yaml: is not a regular file$/],
    ['--ignore-path', { 'ig': '/dev/zero' }, ['--ignore-path', 'ig', 'a.txt'], /^unmangle: --ignore-path ig: is not a regular file$/],
  ])('%s', (_, links, args, message) => {
    const folder = repo({ 'a.txt': DIRTY, 'sub/b.txt': DIRTY }, links);
    const { code, stderr } = run(args, folder);
    expect(code).toBe(2);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });
});

describe('--max-size counts the bytes read, not what stat says', () => {
  it('stops reading /dev/zero at the limit', () => {
    const { code, stderr } = run(['--max-size', '1', '/dev/zero'], tmpdir());
    expect(code).toBe(2);
    expect(stderr).toBe('unmangle: /dev/zero: is over the 1.0 MB limit (--max-size): refused\n');
  });

  it('stops reading standard input at the limit', () => {
    const { code, stderr } = run(['--max-size', '1'], tmpdir(), openSync('/dev/zero', 'r'));
    expect(code).toBe(2);
    expect(stderr).toBe('unmangle: <stdin>: is over the 1.0 MB limit (--max-size): refused\n');
  });
});

describe('a config names glossaries in its own folder only, unless the command line allows more', () => {
  const secret = repo({ 'passwd': 'root: [x]\n' });
  it.each<[string, string, Record<string, string>]>([
    ['a path that climbs out', `glossaries: [../../../../../..${secret}/passwd]\n`, {}],
    ['an absolute path', `glossaries: [${secret}/passwd]\n`, {}],
    ['a link inside the tree that points out', 'glossaries: [names.yaml]\n', { 'names.yaml': `${secret}/passwd` }],
    ['a link to /dev/zero', 'glossaries: [names.yaml]\n', { 'names.yaml': '/dev/zero' }],
  ])('%s is refused, naming the config and line', (_, config, links) => {
    const folder = repo({ 'unmangle.config.yaml': `skip: [spacing]\n${config}`, 'a.txt': 'the x\n' }, links);
    const { code, stdout, stderr } = run(['a.txt'], folder);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^unmangle: unmangle\.config\.yaml:2: glossary \S+ is outside the config's folder: refused \(name it with --glossary, or pass --allow-outside-glossaries\)\n$/);
  });

  it('reads one outside with --allow-outside-glossaries, or named with --glossary', () => {
    const folder = repo({ 'unmangle.config.yaml': `glossaries: [${secret}/passwd]\n`, 'a.txt': 'the X\n' });
    expect(run(['--allow-outside-glossaries', 'a.txt'], folder)).toMatchObject({ code: 0, stdout: 'the root\n' });
    const plain = repo({ 'a.txt': 'the X\n' });
    expect(run(['-g', `${secret}/passwd`, 'a.txt'], plain)).toMatchObject({ code: 0, stdout: 'the root\n' });
  });

  it('an error in a file a config points at does not print what the file holds', () => {
    const shadow = repo({ 'shadow': 'root:$6$secrethash:19000:0:99999:7:::\n' });
    const folder = repo({ 'unmangle.config.json': `{"glossaries": ["${shadow}/shadow"]}`, 'a.txt': DIRTY });
    const refused = run(['a.txt'], folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toContain('secrethash');
    const config = repo({ 'unmangle.config.yaml': 'root:$6$secrethash:19000:0:99999:7:::\n', 'a.txt': DIRTY });
    const bad = run(['a.txt'], config);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('secrethash');
  });
});

describe("a glossary's regular expressions run in linear time", () => {
  const prh = (pattern: string) => `version: 1\nrules:\n  - expected: A\n    pattern: "${pattern}"\n`;

  it('/(a+)+$/m on a long line finishes, and still fixes what it matches', () => {
    const folder = repo({ 'g.yml': prh('/(a+)+$/m'), 'a.txt': `${'a'.repeat(40)}b\nso aaaa\n` });
    const { code, stdout } = run(['-g', 'g.yml', 'a.txt'], folder);
    expect(code).toBe(0);
    expect(stdout).toBe(`${'a'.repeat(40)}b\nso A\n`);
  });

  it('keeps $1 and flags working', () => {
    const folder = repo({ 'g.yml': 'version: 1\nrules:\n  - expected: Tren de $1\n    pattern: /Train de (Aragua|Argu)/i\n', 'a.txt': 'the train de argu gang\n' });
    expect(run(['-g', 'g.yml', 'a.txt'], folder).stdout).toBe('the Tren de argu gang\n');
  });

  it('refuses, naming its line, a pattern only a backtracking engine can run', () => {
    const folder = repo({ 'g.yml': prh('/a(?!b)/'), 'a.txt': DIRTY });
    const { code, stderr } = run(['-g', 'g.yml', 'a.txt'], folder);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^unmangle: g\.yml:3: this regular expression needs a lookahead or back-reference, which cannot run in linear time: refused/);
  });
});
