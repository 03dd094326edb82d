import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/unmangle.js');
const DIRTY = 'It was was a honest mistake.\n';

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-ci-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('CI mode, spawned on temp folders', () => {
  let root: string;
  beforeEach(() => {
    root = tree({
      'articles/dirty.md': DIRTY,
      'articles/crlf.txt': 'The the end\r\nof it',
      'articles/bom.txt': '\uFEFFwarmly warmly warmed\n',
      'articles/clean.txt': 'Nothing to change here.\n',
      'articles/venezuela/.unmanglerc': 'glossaries: [names.yaml]\n',
      'articles/venezuela/names.yaml': 'CECOT: []\n',
      'articles/venezuela/sikot.txt': 'the Sikot jail\n',
      'articles/elsewhere.txt': 'the Sikot jail\n',
      'articles/drafts/skip.txt': DIRTY,
      'articles/.unmangleignore': 'drafts/\n',
    });
  });

  it('--check exits 1 and names exactly the dirty files; --write fixes them; a second --check exits 0', () => {
    const check = run(['--check', 'articles'], root);
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0])).toEqual([
      'articles/bom.txt',
      'articles/crlf.txt',
      'articles/dirty.md',
      'articles/venezuela/sikot.txt',
    ]);
    const clean = join(root, 'articles/clean.txt');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(clean, past, past);
    const write = run(['--write', 'articles'], root);
    expect(write.code).toBe(0);
    expect(statSync(clean).mtime.getTime()).toBe(past.getTime());
    expect(readFileSync(join(root, 'articles/crlf.txt'), 'utf8')).toBe('The end\r\nof it');
    expect(readFileSync(join(root, 'articles/bom.txt'))).toEqual(Buffer.from('\uFEFFwarmly warmed\n'));
    expect(readFileSync(join(root, 'articles/venezuela/sikot.txt'), 'utf8')).toBe('the CECOT jail\n');
    expect(readFileSync(join(root, 'articles/elsewhere.txt'), 'utf8')).toBe('the Sikot jail\n');
    expect(readFileSync(join(root, 'articles/drafts/skip.txt'), 'utf8')).toBe(DIRTY);
    expect(run(['--check', 'articles'], root).code).toBe(0);
    expect(readdirSync(join(root, 'articles')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the mode of a file it rewrites', () => {
    chmodSync(join(root, 'articles/dirty.md'), 0o640);
    run(['--write', 'articles/dirty.md'], root);
    expect(statSync(join(root, 'articles/dirty.md')).mode & 0o777).toBe(0o640);
  });

  it('reports a read-only file under --write, leaves it untouched, fixes the others, exits 2', () => {
    const locked = join(root, 'articles/dirty.md');
    chmodSync(locked, 0o444);
    const write = run(['--write', 'articles'], root);
    expect(write.code).toBe(2);
    expect(write.stderr).toContain('unmangle: articles/dirty.md: is read-only: not written\n');
    expect(readFileSync(locked, 'utf8')).toBe(DIRTY);
    expect(readFileSync(join(root, 'articles/crlf.txt'), 'utf8')).toBe('The end\r\nof it');
  });

  it('writes GitHub annotations that parse', () => {
    const { code, stdout } = run(['--check', '--format', 'github', 'articles'], root);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const match = /^::(warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=unmangle\/([a-z-]+)::(.+)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(readFileSync(join(root, match![2]!), 'utf8').split(/\r?\n/).length).toBeGreaterThanOrEqual(Number(match![3]));
    }
  });

  it('handles a folder mixing Markdown, SRT, WebVTT and text, each by its format', () => {
    const folder = tree({
      'story.md': '---\ntitle: the the\n---\n\nAl Salvador said so.\n\n```\nthe the\n```\n',
      'clip.srt': '1\n00:00:01,000 --> 00:00:02,000\nover the border\n\n2\n00:00:02,000 --> 00:00:03,000\nover the border\n',
      'talk.vtt': 'WEBVTT\n\n00:01.000 --> 00:02.000 align:start\nIt was was fine.\n',
      'notes.txt': 'It was was fine.\n',
    });
    expect(run(['--check', '.'], folder).stdout).toBe('clip.srt: 1 change\nnotes.txt: 1 change\nstory.md: 1 change\ntalk.vtt: 1 change\n');
    expect(run(['--write', '.'], folder).code).toBe(0);
    expect(readFileSync(join(folder, 'story.md'), 'utf8')).toBe('---\ntitle: the the\n---\n\nEl Salvador said so.\n\n```\nthe the\n```\n');
    expect(readFileSync(join(folder, 'clip.srt'), 'utf8')).toBe('1\n00:00:01,000 --> 00:00:02,000\nover the border\n');
    expect(readFileSync(join(folder, 'talk.vtt'), 'utf8')).toBe('WEBVTT\n\n00:01.000 --> 00:02.000 align:start\nIt was fine.\n');
  });

  it('gives the same report on two worker threads as on one', () => {
    const many: Record<string, string> = {};
    const seed = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');
    for (let i = 0; i < 40; i++) many[`f${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? 'Clean.\n' : seed;
    const folder = tree(many);
    const one = run(['--check', '--workers', '1', '.'], folder);
    const two = run(['--check', '--workers', '2', '.'], folder);
    expect(two).toEqual(one);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(26);
  });
});

describe('--write through a symbolic link', () => {
  it('fixes the file the link points to and keeps the link', () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-link-'));
    writeFileSync(join(folder, 'real.txt'), DIRTY);
    symlinkSync(join(folder, 'real.txt'), join(folder, 'link.txt'));
    expect(run(['--write', 'link.txt'], folder).code).toBe(0);
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'real.txt'), 'utf8')).toBe('It was an honest mistake.\n');
  });
});
