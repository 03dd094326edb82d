import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { maxWorkerCount } from '../../src/node/pool.js';
import { fakeIo, type FakeFile } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';
const CLEAN = 'It was an honest mistake.\n';
const text = (bytes: Uint8Array | undefined): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

async function run(argv: string[], files: Record<string, FakeFile>, stdin = '') {
  const io = fakeIo(files, stdin);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join(''), files: io.files, io };
}

describe('--check', () => {
  it('names each file that would change with its number of changes, exits 1, writes nothing', async () => {
    const { code, out, err, files } = await run(['--check', 'articles'], {
      'articles/b.md': DIRTY,
      'articles/a.txt': CLEAN,
      'articles/sub/c.txt': 'the the end\n',
    });
    expect(code).toBe(1);
    expect(out).toBe('articles/b.md: 2 changes\narticles/sub/c.txt: 1 change\n');
    expect(err).toBe('2 of 3 files would change; run with --write to fix\n');
    expect(text(files.get('articles/b.md'))).toBe(DIRTY);
  });

  it('exits 0 when nothing would change', async () => {
    const { code, out, err } = await run(['--check', '.'], { 'a.txt': CLEAN, 'b.md': CLEAN });
    expect([code, out, err]).toEqual([0, '', '2 files checked: nothing to change\n']);
  });

  it('shows the diffs too with --diff', async () => {
    const { out } = await run(['--check', '--diff', 'a.txt'], { 'a.txt': DIRTY });
    expect(out).toContain('-It was was a honest mistake.\n+It was an honest mistake.\n');
    expect(out).toContain('a.txt: 2 changes\n');
  });

  it('checks standard input', async () => {
    expect((await run(['--check'], {}, DIRTY)).code).toBe(1);
    expect((await run(['--check'], {}, CLEAN)).code).toBe(0);
  });
});

describe('--list-different', () => {
  it('prints only the names of the files that would change', async () => {
    const { code, out, err } = await run(['-l', '.'], { 'a.txt': DIRTY, 'b.txt': CLEAN, 'c.txt': DIRTY });
    expect([code, out, err]).toEqual([1, 'a.txt\nc.txt\n', '']);
  });
});

describe('--write', () => {
  it('fixes the files that change and leaves the others alone', async () => {
    const { code, out, files, io } = await run(['--write', '.'], { 'a.txt': DIRTY, 'b.txt': CLEAN });
    expect(code).toBe(0);
    expect(out).toBe('fixed a.txt (2 changes)\n');
    expect(text(files.get('a.txt'))).toBe(CLEAN);
    expect(await main(['--check', '.'], io)).toBe(0);
  });

  it.each([
    ['a byte-order mark', '\uFEFFThe the end\n', '\uFEFFThe end\n'],
    ['CRLF line ends', 'red red\r\nblue blue\r\n', 'red\r\nblue\r\n'],
    ['mixed line ends', 'red red\r\nblue blue\ngreen green\r', 'red\r\nblue\ngreen\r'],
    ['no final newline', 'the the end', 'the end'],
    ['trailing white space', 'the the end  \n\t\n', 'the end  \n\t\n'],
  ])('keeps %s', async (_, before, after) => {
    const { files } = await run(['--write', 'a.txt'], { 'a.txt': before });
    expect(text(files.get('a.txt'))).toBe(after);
  });

  it('reports a read-only file, leaves it untouched, fixes the others and exits 2', async () => {
    const { code, out, err, files } = await run(['--write', '.'], {
      'a.txt': DIRTY,
      'locked.txt': { content: DIRTY, mode: 0o444 },
      'z.txt': DIRTY,
    });
    expect(code).toBe(2);
    expect(out).toBe('fixed a.txt (2 changes)\nfixed z.txt (2 changes)\n');
    expect(err).toContain('unmangle: locked.txt: is read-only: not written\n');
    expect(err).toContain('fixed 2 of 3 files; 1 could not be processed\n');
    expect(text(files.get('locked.txt'))).toBe(DIRTY);
  });
});

describe('inputs', () => {
  const tree = {
    '.gitignore': 'build/\n*.log.txt\n',
    '.unmangleignore': 'drafts/\n',
    'a.txt': DIRTY,
    'notes.log.txt': DIRTY,
    'build/b.txt': DIRTY,
    'drafts/c.md': DIRTY,
    'node_modules/pkg/d.txt': DIRTY,
    '.git/e.txt': DIRTY,
    'docs/f.markdown': DIRTY,
    'docs/.gitignore': 'private.md\n',
    'docs/private.md': DIRTY,
    'docs/g.srt': `1\n00:00:01,000 --> 00:00:02,000\n${DIRTY}`,
    'docs/h.vtt': `WEBVTT\n\n00:01.000 --> 00:02.000\n${DIRTY}`,
    'docs/i.html': DIRTY,
  };

  it('walks folders for the default extensions, respecting ignore files, sorted', async () => {
    const { out } = await run(['-l', '.'], tree);
    expect(out).toBe('a.txt\ndocs/f.markdown\ndocs/g.srt\ndocs/h.vtt\n');
  });

  it('takes other extensions with --ext', async () => {
    expect((await run(['-l', '--ext', 'html', '.'], tree)).out).toBe('docs/i.html\n');
  });

  it('adds ignore files with --ignore-path', async () => {
    const { out } = await run(['-l', '--ignore-path', 'more-ignores', '.'], { ...tree, 'more-ignores': 'docs/\n' });
    expect(out).toBe('a.txt\n');
  });

  it('matches globs', async () => {
    expect((await run(['-l', 'docs/*.{srt,vtt}'], tree)).out).toBe('docs/g.srt\ndocs/h.vtt\n');
  });

  it('skips an ignored file named explicitly, with a warning', async () => {
    const { code, out, err } = await run(['-l', 'drafts/c.md', 'a.txt'], tree);
    expect([code, out]).toEqual([1, 'a.txt\n']);
    expect(err).toBe('unmangle: warning: drafts/c.md: is ignored (.gitignore, .unmangleignore or --ignore-path): skipped\n');
  });

  it('skips binary and invalid UTF-8 files found in folders with a warning; named ones are errors', async () => {
    const files = { 'a.txt': DIRTY, 'b.txt': new Uint8Array([0x61, 0, 0x62]), 'c.txt': new Uint8Array([0xff, 0xfe, 0x41]) };
    const walked = await run(['-l', '.'], files);
    expect([walked.code, walked.out]).toEqual([1, 'a.txt\n']);
    expect(walked.err).toBe(
      'unmangle: warning: b.txt: looks binary (it contains a NUL byte): skipped\nunmangle: warning: c.txt: is not valid UTF-8: skipped\n',
    );
    const named = await run(['-l', 'b.txt'], files);
    expect([named.code, named.err]).toEqual([2, 'unmangle: b.txt: looks binary (it contains a NUL byte)\n']);
  });

  it('refuses a file over the size limit', async () => {
    const { code, err } = await run(['--check', '--max-size', '0.00001', 'a.txt'], { 'a.txt': DIRTY });
    expect(code).toBe(2);
    expect(err).toMatch(/^unmangle: a\.txt: is over the 10-byte limit \(--max-size\): refused\n/);
  });

  it('reports a missing path and a glob that matches nothing, and goes on', async () => {
    const { code, out, err } = await run(['-l', 'missing.txt', 'nothing/*.md', 'a.txt'], { 'a.txt': DIRTY });
    expect([code, out]).toEqual([2, 'a.txt\n']);
    expect(err).toBe('unmangle: missing.txt: no such file\nunmangle: nothing/*.md: matches no file\n');
  });
});

describe('config files', () => {
  const tree = {
    'unmangle.config.yaml': 'skip: [spacing]\n',
    'a.txt': 'the Sikot jail ,\n',
    'venezuela/.unmanglerc': '{"glossaries": ["names/beat.yaml"], "skip": []}\n',
    'venezuela/names/beat.yaml': 'CECOT: []\n',
    'venezuela/b.txt': 'the Sikot jail ,\n',
  };

  it('applies the nearest config and those above it; a nested glossary applies only below it', async () => {
    const { io } = await run(['--write', '.'], tree);
    expect(text(io.files.get('a.txt'))).toBe('the Sikot jail ,\n');
    expect(text(io.files.get('venezuela/b.txt'))).toBe('the CECOT jail,\n');
  });

  it('prints the configuration that applies to a file', async () => {
    const { code, out } = await run(['--print-config', 'venezuela/b.txt'], tree);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      files: ['unmangle.config.yaml', 'venezuela/.unmanglerc'],
      glossaries: ['venezuela/names/beat.yaml'],
      skip: [],
    });
  });

  it('stops looking upward at a config that says root: true', async () => {
    const files = { ...tree, 'venezuela/.unmanglerc': 'root: true\nglossaries: [names/beat.yaml]\n' };
    expect(JSON.parse((await run(['--print-config', 'venezuela/b.txt'], files)).out).files).toEqual(['venezuela/.unmanglerc']);
  });

  it('reads the "unmangle" key of package.json', async () => {
    const files = { 'package.json': '{"name": "x", "unmangle": {"only": ["article"]}}', 'a.txt': DIRTY };
    expect((await run(['a.txt'], files)).out).toBe('It was was an honest mistake.\n');
  });

  it('takes a package.json that only lists unmangle as a dependency for no config', async () => {
    const files = { 'package.json': '{"name": "x", "devDependencies": {"unmangle": "^0.1.0"}}', 'a.txt': DIRTY };
    expect(JSON.parse((await run(['--print-config', 'a.txt'], files)).out).files).toEqual([]);
    const broken = { 'package.json': '{"name": "x", "unmangle": {"only": [}}', 'a.txt': DIRTY };
    expect((await run(['a.txt'], broken)).err).toMatch(/^unmangle: package\.json:1: /);
  });

  it('uses only the config given with --config, and none with --no-config', async () => {
    const files = { ...tree, 'other.json': '{"only": ["spacing"]}' };
    expect((await run(['--config', 'other.json', 'venezuela/b.txt'], files)).out).toBe('the Sikot jail,\n');
    expect((await run(['--no-config', 'a.txt'], tree)).out).toBe('the Sikot jail,\n');
  });

  it.each([
    ['an unknown key', 'glossary: [a.yaml]\n', 'unmangle: unmangle.config.yaml:1: unknown key "glossary" (expected glossaries, only, skip, builtinNames, fixThreshold, suggestThreshold, root, interactive)\n'],
    ['a wrong type', 'only: spacing\n', 'unmangle: unmangle.config.yaml:1: "only" must be a list of strings\n'],
    ['bad YAML', 'only: [spacing\n', 'unmangle: unmangle.config.yaml:'],
    ['a threshold over 1', 'skip: []\nfixThreshold: 5\n', 'unmangle: unmangle.config.yaml:2: "fixThreshold" must be a number from 0 to 1\n'],
    ['a negative threshold', 'suggestThreshold: -1\n', 'unmangle: unmangle.config.yaml:1: "suggestThreshold" must be a number from 0 to 1\n'],
    ['a NaN threshold', 'fixThreshold: .nan\n', 'unmangle: unmangle.config.yaml:1: "fixThreshold" must be a number from 0 to 1\n'],
    ['only: []', 'only: []\n', 'unmangle: unmangle.config.yaml:1: "only: []" would run no fixer: leave "only" out to run them all\n'],
    ['a __proto__ key', '__proto__: [a]\n', 'unmangle: unmangle.config.yaml:1: unknown key "__proto__" (expected glossaries,'],
    ['a constructor key', 'constructor: true\n', 'unmangle: unmangle.config.yaml:1: unknown key "constructor" (expected glossaries,'],
    ['an unknown fixer, blamed on the config', 'skip:\n  - spacing\n  - nope\n', 'unmangle: unmangle.config.yaml:3: unknown fixer "nope" in "skip" (known: repeated-phrase,'],
    ['a key that is not a word, not echoed', '"root:$6$secret": 1\n', 'unmangle: unmangle.config.yaml:1: unknown key (not shown) (expected'],
    ['interactive not a map', 'interactive: sic\n', 'unmangle: unmangle.config.yaml:1: "interactive" must be a map: {keep: glossary} or {keep: sic}\n'],
    ['interactive: an unknown way to keep', 'interactive:\n  keep: forever\n', 'unmangle: unmangle.config.yaml:2: "keep" in "interactive" must be glossary or sic\n'],
    ['interactive: an unknown key', 'interactive: {keep: sic, ask: no}\n', 'unmangle: unmangle.config.yaml:1: unknown key "ask" in "interactive" (expected keep)\n'],
    ['a missing glossary, naming the config that points to it', 'glossaries: [missing.yaml]\n', 'unmangle: unmangle.config.yaml:1: glossary missing.yaml: no such file\n'],
  ])('stops with one line naming the file and line on %s', async (_, config, message) => {
    const { code, err } = await run(['a.txt'], { 'unmangle.config.yaml': config, 'a.txt': DIRTY });
    expect(code).toBe(2);
    expect(err.startsWith(message)).toBe(true);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('--workers', () => {
  it('is capped at twice the cores, with a warning', async () => {
    const asked = maxWorkerCount() + 1;
    // One file: cleaned on this thread, since the fake world has no built worker to start.
    const { code, err } = await run(['--check', '--workers', String(asked), 'a.txt'], { 'a.txt': DIRTY });
    expect(code).toBe(1);
    expect(err).toContain(`unmangle: warning: --workers ${asked} is more than twice the cores: using ${maxWorkerCount()}\n`);
  });
});

describe('--format github', () => {
  it('writes one workflow command per change, escaped, and notices for suggestions', async () => {
    const { code, out } = await run(['--check', '--format', 'github', 'a,b.txt'], { 'a,b.txt': 'It was was fine.\nTrump and Bukle -the rest\n' });
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      '::warning file=a%2Cb.txt,line=1,col=7,endLine=1,endColumn=11,title=unmangle/repeated-phrase::`was` is repeated 2 times in a row; keep one: " was" → ""',
    );
    for (const line of lines) expect(line).toMatch(/^::(warning|notice) file=[^:,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=unmangle\/[a-z-]+::.+$/);
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([expect.stringContaining('a dash between clauses is spaced')]);
  });
});

describe('--format json over a folder', () => {
  it('reports every file and every failure in one document', async () => {
    const { code, out } = await run(['--format', 'json', '.', 'missing.txt'], { 'a.txt': DIRTY, 'b.txt': CLEAN });
    expect(code).toBe(2);
    const report = JSON.parse(out);
    expect(report.files.map((f: { path: string; changed: boolean }) => [f.path, f.changed])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
    ]);
  });
});

describe('syntaxes', () => {
  const SRT = '1\n00:00:01,000 --> 00:00:02,000\nthe the end\n';

  it('cleans each file by its extension', async () => {
    const { out } = await run(['--check', '.'], {
      'a.md': '```\nthe the\n```\n',
      'b.srt': SRT,
      'c.vtt': 'WEBVTT\n\nNOTE the the\n\n00:01.000 --> 00:02.000\nfine\n',
      'd.txt': '```\nthe the\n```\n',
    });
    expect(out).toBe('b.srt: 1 change\nd.txt: 1 change\n');
  });

  it('takes --syntax for standard input, or the extension of --stdin-filepath', async () => {
    expect((await run(['--syntax', 'srt'], {}, SRT)).out).toBe(SRT.replace('the the', 'the'));
    const clip = `${SRT}\n2\n00:00:03,000 --> 00:00:04,000\nGood night.\n`;
    expect((await run(['--stdin-filepath', 'clip.srt'], {}, clip)).out).toBe(clip.replace('the the', 'the'));
    expect((await run(['--syntax', 'markdown'], {}, '`the the` the the\n')).out).toBe('`the the` the\n');
  });
});

describe('--write with another report', () => {
  it.each([['json'], ['github']])('still writes the files with --format %s', async (format) => {
    const { code, out, files } = await run(['--write', '--format', format, '.'], { 'a.txt': DIRTY });
    expect(code).toBe(0);
    expect(text(files.get('a.txt'))).toBe(CLEAN);
    expect(out).toContain(format === 'json' ? '"changed": true' : '::warning file=a.txt');
  });
});
