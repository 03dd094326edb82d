import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo, type FakeFile } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';

async function run(argv: string[], files: Record<string, FakeFile>, stdin = '') {
  const io = fakeIo(files, stdin);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** 30 files, a third of them dirty. */
const TREE: Record<string, string> = Object.fromEntries(
  Array.from({ length: 30 }, (_, i) => [`articles/${String.fromCharCode(97 + (i % 26))}${i}.txt`, i % 3 === 0 ? DIRTY : `Article ${i} is fine.\n`]),
);

describe('--shard K/N', () => {
  it('splits the files so that the union of the shards is the whole run, each file in exactly one', async () => {
    const args = ['--check', '--format', 'json', 'articles', 'missing.txt', 'gone.txt'];
    const whole = JSON.parse((await run(args, TREE)).out);
    const shards = await Promise.all([1, 2, 3].map(async (k) => JSON.parse((await run([...args, '--shard', `${k}/3`], TREE)).out)));
    for (const shard of shards) expect(shard.files.length).toBeGreaterThan(3);
    const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : 1);
    expect(shards.flatMap((shard) => shard.files).sort(byPath)).toEqual(whole.files);
    expect(shards.flatMap((shard) => shard.errors).sort(byPath)).toEqual([...whole.errors].sort(byPath));
  });

  it('says a missing path in one shard only, and only that shard fails for it', async () => {
    const runs = await Promise.all([1, 2, 3].map((k) => run(['--check', '--shard', `${k}/3`, 'missing.txt'], {})));
    const saying = runs.filter((shard) => shard.err.includes('missing.txt'));
    expect(saying).toHaveLength(1);
    expect(runs.map((shard) => shard.code).sort()).toEqual([0, 0, 2]);
    expect(saying[0]!.code).toBe(2);
  });

  it('is stable: adding files moves none of the others', async () => {
    const paths = async (tree: Record<string, string>): Promise<string[]> => JSON.parse((await run(['--check', '--format', 'json', '--shard', '2/4', 'articles'], tree)).out).files.map((f: { path: string }) => f.path);
    const before = await paths(TREE);
    const after = await paths({ ...TREE, 'articles/new1.txt': DIRTY, 'articles/new2.txt': DIRTY, 'articles/new3.txt': DIRTY });
    expect(after.filter((path) => !path.includes('new'))).toEqual(before);
  });

  it('refuses standard input, which every shard would check', async () => {
    for (const args of [[], ['-']]) {
      const { code, out, err } = await run(['--check', '--shard', '1/2', ...args], {}, DIRTY);
      expect({ code, out, err }).toEqual({ code: 2, out: '', err: 'unmangle: --shard splits files; standard input cannot be split: name files, or leave --shard out\n' });
    }
  });

  it.each(['0/3', '4/3', '1/0', 'two/3', '1'])('refuses --shard %s', async (shard) => {
    const { code, err } = await run(['--check', '--shard', shard, 'articles'], TREE);
    expect(code).toBe(2);
    expect(err).toContain('expected K/N with 1 <= K <= N');
  });
});

describe('--files-from', () => {
  it('reads NUL-separated paths from standard input, as git ls-files -z writes them', async () => {
    const { code, out } = await run(['--check', '--files-from', '-'], { 'a b.txt': DIRTY, 'c.txt': 'Fine.\n', 'd.txt': DIRTY }, 'a b.txt\0c.txt\0');
    expect([code, out]).toEqual([1, 'a b.txt: 2 changes\n']);
  });

  it('reads one path a line from a file, CRLF too, with the paths named', async () => {
    const files = { 'list.txt': 'a.txt\r\nsub/b.txt\n\n', 'a.txt': DIRTY, 'sub/b.txt': DIRTY, 'c.txt': DIRTY };
    const { out } = await run(['--check', '--files-from', 'list.txt', 'c.txt'], files);
    expect(out).toBe('a.txt: 2 changes\nc.txt: 2 changes\nsub/b.txt: 2 changes\n');
  });

  it('reads a listed `-` as a file of that name, not as standard input', async () => {
    const { code, out, err } = await run(['--check', '--files-from', 'list.txt'], { 'list.txt': '-\nb.txt\n', '-': DIRTY, 'b.txt': 'Fine.\n' }, 'Fine.\n');
    expect({ code, out, err }).toEqual({ code: 1, out: '-: 2 changes\n', err: '1 of 2 files would change; run with --write to fix\n' });
  });

  it('an empty list checks nothing and succeeds (no staged files): it does not read standard input instead', async () => {
    expect(await run(['--check', '--files-from', 'list.txt'], { 'list.txt': '', 'a.txt': DIRTY }, DIRTY)).toEqual({ code: 0, out: '', err: '0 files checked: nothing to change\n' });
  });

  it('a list that cannot be read is a usage error naming it', async () => {
    expect(await run(['--check', '--files-from', 'nope.txt'], {})).toEqual({ code: 2, out: '', err: 'unmangle: --files-from nope.txt: no such file\n' });
    expect((await run(['--check', '--files-from', '-', '-'], {})).code).toBe(2);
  });
});
