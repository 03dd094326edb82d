import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { CleanCache } from '../../src/node/cache.js';
import { unmangle } from '../../src/index.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';
const CLEAN = 'Nothing to change here.\n';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const cacheOf = (io: FakeIo, file = '.unmanglecache'): Record<string, string> => JSON.parse(new TextDecoder().decode(io.files.get(file))).files;

async function run(io: FakeIo, argv: string[]) {
  io.out.length = 0;
  io.err.length = 0;
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** How many files the run took from the cache instead of cleaning them. */
function countHits(): { readonly hits: number } {
  const spy = vi.spyOn(CleanCache.prototype, 'isClean');
  return {
    get hits() {
      return spy.mock.results.filter((result) => result.value === true).length;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('--cache', () => {
  it('records only the clean files, then skips them: the second run reports exactly what the first did', async () => {
    const io = fakeIo({ 'articles/a.txt': DIRTY, 'articles/b.txt': CLEAN, 'articles/c.txt': CLEAN });
    const first = await run(io, ['--check', '--cache', 'articles']);
    expect(Object.keys(cacheOf(io))).toEqual(['articles/b.txt', 'articles/c.txt']);
    const counted = countHits();
    const second = await run(io, ['--check', '--cache', 'articles']);
    expect(second).toEqual(first);
    expect(counted.hits).toBe(2);
    // JSON lists a skipped file as the clean file it is.
    const json = JSON.parse((await run(io, ['--check', '--cache', '--format', 'json', 'articles'])).out);
    expect(json.files.map((file: { path: string; changed: boolean }) => [file.path, file.changed])).toEqual([['articles/a.txt', true], ['articles/b.txt', false], ['articles/c.txt', false]]);
  });

  it('never skips a file whose content changed, even to the same length', async () => {
    const io = fakeIo({ 'a.txt': 'All is well.\n' });
    await run(io, ['--check', '--cache', 'a.txt']);
    await io.fs.writeOwnFile('a.txt', encode('The the end.\n'));
    expect((await run(io, ['--check', '--cache', 'a.txt'])).code).toBe(1);
    expect(cacheOf(io)).toEqual({});
  });

  it('checks a file again when its glossary, its config or the flags change', async () => {
    const io = fakeIo({ 'a.txt': 'the Sikot jail\n', 'names.yaml': 'Bukele: []\n' });
    expect((await run(io, ['--check', '--cache', '-g', 'names.yaml', 'a.txt'])).code).toBe(0);
    await io.fs.writeOwnFile('names.yaml', encode('CECOT: [Sikot]\n'));
    expect((await run(io, ['--check', '--cache', '-g', 'names.yaml', 'a.txt'])).code).toBe(1);
    await io.fs.writeOwnFile('a.txt', encode('Trump  said so\n'));
    expect((await run(io, ['--check', '--cache', '--skip', 'spacing', 'a.txt'])).code).toBe(0);
    expect((await run(io, ['--check', '--cache', 'a.txt'])).code).toBe(1);
    await io.fs.writeOwnFile('unmangle.config.json', encode('{"skip": ["spacing"]}'));
    expect((await run(io, ['--check', '--cache', 'a.txt'])).code).toBe(0);
    await io.fs.writeOwnFile('unmangle.config.json', encode('{}'));
    expect((await run(io, ['--check', '--cache', 'a.txt'])).code).toBe(1);
  });

  it('keys on the unmangle version', async () => {
    const io = fakeIo({});
    const warn = (): void => {};
    const options = { glossaries: [] };
    const v1 = await CleanCache.open('.unmanglecache', '/work', '1.0.0', io.fs, warn);
    const key = v1.keyOf('{}', options, 'text', CLEAN);
    v1.record('a.txt', key, unmangle(CLEAN));
    await v1.save(io.fs, warn);
    const again = await CleanCache.open('.unmanglecache', '/work', '1.0.0', io.fs, warn);
    expect(again.isClean('a.txt', again.keyOf('{}', options, 'text', CLEAN))).toBe(true);
    const v2 = await CleanCache.open('.unmanglecache', '/work', '1.0.1', io.fs, warn);
    expect(v2.isClean('a.txt', v2.keyOf('{}', options, 'text', CLEAN))).toBe(false);
  });

  it('does not record a file with only a suggestion: its notice is given every time', async () => {
    const io = fakeIo({ 'a.txt': 'A talk by Bukele -the president.\n' });
    const first = await run(io, ['--check', '--cache', '--format', 'github', 'a.txt']);
    expect(first.out).toMatch(/^::notice /);
    expect(await run(io, ['--check', '--cache', '--format', 'github', 'a.txt'])).toEqual(first);
  });

  it('ignores a corrupt cache with a warning, never an error, and writes a good one', async () => {
    const io = fakeIo({ 'a.txt': CLEAN, 'cache/unmangle.json': '{"version":1,"files":' });
    const { code, err } = await run(io, ['--check', '--cache-location', 'cache/unmangle.json', 'a.txt']);
    expect(code).toBe(0);
    expect(err).toBe('unmangle: warning: cache cache/unmangle.json: not valid JSON: ignored, every file is checked\n1 file checked: nothing to change\n');
    // Paths are kept from the cache's folder, so it serves any working directory.
    expect(Object.keys(cacheOf(io, 'cache/unmangle.json'))).toEqual(['../a.txt']);
  });

  it('a cache that cannot be written is a warning too', async () => {
    const io = fakeIo({ 'a.txt': CLEAN }, '', {}, [{ path: '.unmanglecache', on: 'write', code: 'EACCES' }]);
    const { code, err } = await run(io, ['--check', '--cache', 'a.txt']);
    expect(code).toBe(0);
    expect(err).toMatch(/^unmangle: warning: cache \.unmanglecache: could not be written \(/);
  });

  it('after --write, a fixed file is checked again rather than taken as clean', async () => {
    const io = fakeIo({ 'a.txt': DIRTY });
    await run(io, ['--write', '--cache', 'a.txt']);
    expect(io.files.has('.unmanglecache')).toBe(false);
    await run(io, ['--check', '--cache', 'a.txt']);
    expect(Object.keys(cacheOf(io))).toEqual(['a.txt']);
  });
});
