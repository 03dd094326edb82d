import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

async function run(io: FakeIo, argv: string[]) {
  io.out.length = 0;
  io.err.length = 0;
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const UPDATE = ['--check', '--baseline', 'baseline.json', '--update-baseline', 'articles'];
const CHECK = ['--check', '--baseline', 'baseline.json', 'articles'];

describe('--baseline', () => {
  it('records the findings, then fails only on new ones: not on lines added above, nor on a fixed neighbour', async () => {
    const io = fakeIo({ 'articles/a.md': DIRTY, 'articles/b.txt': 'the the end\n', 'articles/c.txt': 'All well.\n' });
    const update = await run(io, UPDATE);
    expect(update.code).toBe(0);
    expect(update.err).toContain('unmangle: wrote baseline.json: 3 findings (3 new, 0 fixed and dropped)\n');
    expect(await run(io, CHECK)).toEqual({ code: 0, out: '', err: '3 files checked: nothing to change\n' });

    await io.fs.writeOwnFile('articles/a.md', new TextEncoder().encode(`A new headline.\n\nAnd a paragraph.\n\n${DIRTY}`));
    expect((await run(io, CHECK)).code).toBe(0);

    // `was was` fixed by hand: `a honest` is still the finding recorded, and one finding no longer occurs.
    await io.fs.writeOwnFile('articles/a.md', new TextEncoder().encode('It was a honest mistake.\n'));
    const fixed = await run(io, CHECK);
    expect(fixed.code).toBe(0);
    expect(fixed.err).toContain('unmangle: 1 finding of baseline.json is fixed (no longer found); --update-baseline drops it\n');

    await io.fs.writeOwnFile('articles/c.txt', new TextEncoder().encode('All well, well well.\nThe the end.\n'));
    const fresh = await run(io, [...CHECK.slice(0, -1), '--format', 'github', 'articles']);
    expect(fresh.code).toBe(1);
    expect(fresh.out).toMatch(/^::warning file=articles\/c\.txt,line=2,col=4,[^\n]*::`The` is repeated/);
    expect(fresh.out.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('gives a new finding the same SARIF fingerprint with the baseline as without it', async () => {
    const io = fakeIo({ 'articles/a.md': 'He ate a apple today.\n' });
    await run(io, UPDATE);
    await io.fs.writeOwnFile('articles/a.md', new TextEncoder().encode('He ate ate a apple today.\n'));
    const fingerprints = async (argv: string[]) => {
      const log = JSON.parse((await run(io, ['--format', 'sarif', ...argv])).out) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
      return new Map(log.runs[0]!.results.map((result) => [result.ruleId, result.partialFingerprints['unmangle/finding/v1']]));
    };
    const all = await fingerprints(['--check', 'articles']);
    const fresh = await fingerprints(CHECK);
    expect([...fresh.keys()]).toEqual(['repeated-phrase/repeated-word']);
    expect(all.get('repeated-phrase/repeated-word')).toBeDefined();
    expect(fresh.get('repeated-phrase/repeated-word')).toBe(all.get('repeated-phrase/repeated-word'));
  });

  it('writes sorted, deterministic JSON keyed by file, rule and text with its context, never by line', async () => {
    const io = fakeIo({ 'articles/z.txt': 'the the end\n', 'articles/a.txt': DIRTY });
    await run(io, UPDATE);
    const first = text(io.files.get('baseline.json'));
    const document = JSON.parse(first) as { version: number; findings: Record<string, unknown>[] };
    expect(document.version).toBe(1);
    expect(document.findings.map((entry) => [entry['path'], entry['rule']])).toEqual([
      ['articles/a.txt', 'article/an'],
      ['articles/a.txt', 'repeated-phrase/repeated-word'],
      ['articles/z.txt', 'repeated-phrase/repeated-word'],
    ]);
    expect(Object.keys(document.findings[0]!)).toEqual(['path', 'rule', 'original', 'before', 'after', 'count']);
    expect(first).not.toMatch(/"line"|"offset"/);
    await run(io, UPDATE);
    expect(text(io.files.get('baseline.json'))).toBe(first);
  });

  it('counts repeats of one finding: a third copy of a sentence with two recorded is new', async () => {
    const io = fakeIo({ 'articles/a.txt': 'Then he said said no.\nLater he said said no.\n' });
    await run(io, UPDATE);
    expect(JSON.parse(text(io.files.get('baseline.json'))).findings[0].count).toBe(2);
    await io.fs.writeOwnFile('articles/a.txt', new TextEncoder().encode('Then he said said no.\nLater he said said no.\nAgain he said said no.\n'));
    const check = await run(io, CHECK);
    expect([check.code, check.out]).toEqual([1, 'articles/a.txt: 1 change\n']);
  });

  it('keeps the entries of files the run did not see, and drops those that no longer occur on update', async () => {
    const io = fakeIo({ 'articles/a.txt': DIRTY, 'articles/b.txt': 'the the end\n' });
    await run(io, UPDATE);
    await io.fs.writeOwnFile('articles/b.txt', new TextEncoder().encode('the end\n'));
    // Only a.txt: b.txt's entry is neither reported as fixed nor dropped.
    const partial = await run(io, ['--check', '--baseline', 'baseline.json', '--update-baseline', 'articles/a.txt']);
    expect(partial.err).toContain('(0 new, 0 fixed and dropped)');
    expect(text(io.files.get('baseline.json'))).toContain('articles/b.txt');
    const whole = await run(io, UPDATE);
    expect(whole.err).toContain('wrote baseline.json: 2 findings (0 new, 1 fixed and dropped)');
    expect(text(io.files.get('baseline.json'))).not.toContain('articles/b.txt');
  });

  it.each([
    [['--check', '--baseline', 'missing.json', 'a.txt'], 'unmangle: missing.json: no such file; make it with --update-baseline\n'],
    [['--write', '--baseline', 'baseline.json', 'a.txt'], 'unmangle: --baseline goes with --check or --list-different (-l)\n'],
    [['--check', '--update-baseline', 'a.txt'], 'unmangle: --update-baseline needs --baseline FILE: the file to write\n'],
    [['--check', '--baseline', 'bad.json', 'a.txt'], 'unmangle: bad.json: not an unmangle baseline: findings[0].count must be a whole number of at least 1\n'],
    [['--check', '--baseline', 'broken.json', 'a.txt'], /^unmangle: broken\.json: not an unmangle baseline: invalid JSON/],
  ])('%j is a usage error naming the problem', async (argv, message) => {
    const bad = JSON.stringify({ version: 1, findings: [{ path: 'a', rule: 'r', original: 'o', before: '', after: '', count: 0 }] });
    const io = fakeIo({ 'a.txt': DIRTY, 'baseline.json': '{"version":1,"findings":[]}', 'bad.json': bad, 'broken.json': '{"version":' });
    const { code, err } = await run(io, argv);
    expect(code).toBe(2);
    if (typeof message === 'string') expect(err).toBe(message);
    else expect(err).toMatch(message);
  });
});
