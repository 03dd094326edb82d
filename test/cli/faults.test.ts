import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo, type Fault, type FakeFile } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';
const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

async function run(argv: string[], files: Record<string, FakeFile>, faults: Fault[] = []) {
  const io = fakeIo(files, '', {}, faults);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join(''), files: io.files };
}

describe('faults: the run goes on, nothing is half-written, the file is named, exit 2', () => {
  it('a full disk while writing one file', async () => {
    const { code, err, files } = await run(['--write', '.'], { 'a.txt': DIRTY, 'b.txt': DIRTY }, [{ path: 'a.txt', on: 'write', code: 'ENOSPC' }]);
    expect(code).toBe(2);
    expect(err).toContain('unmangle: a.txt: could not be written (ENOSPC); the file is unchanged\n');
    expect(text(files.get('a.txt'))).toBe(DIRTY);
    expect(text(files.get('b.txt'))).toBe('It was an honest mistake.\n');
  });

  it('a folder that cannot be read', async () => {
    const { code, err } = await run(['--check', 'locked'], { 'locked/a.txt': DIRTY }, [{ path: 'locked', on: 'readdir', code: 'EACCES' }]);
    expect(code).toBe(2);
    expect(err).toContain('unmangle: locked: permission denied\n');
  });

  it('a file deleted between listing and reading', async () => {
    const { code, out, err } = await run(['--check', '.'], { 'a.txt': DIRTY, 'gone.txt': DIRTY }, [{ path: 'gone.txt', on: 'read', code: 'ENOENT' }]);
    expect(code).toBe(2);
    expect(out).toBe('a.txt: 2 changes\n');
    expect(err).toContain('unmangle: gone.txt: no such file\n');
  });

  it('a file that cannot be read', async () => {
    const { code, err } = await run(['--check', 'a.txt'], { 'a.txt': DIRTY }, [{ path: 'a.txt', on: 'read', code: 'EACCES' }]);
    expect(code).toBe(2);
    expect(err).toContain('unmangle: a.txt: permission denied\n');
  });
});

describe('malformed glossaries and configs: one line with file:line, exit 2, nothing cleaned', () => {
  it.each<[string, string, RegExp]>([
    ['bad YAML', 'CECOT: [Sikot\nBukele: []\n', /^unmangle: g\.yaml:\d+: /],
    ['a wrong type', 'CECOT: {variants: 7}\n', /^unmangle: g\.yaml:1: "variants" of "CECOT" must be a list of strings\n$/],
    ['a duplicate key', 'CECOT: []\nBukele: []\nCECOT: [Sikot]\n', /^unmangle: g\.yaml:3: "CECOT" is listed twice \(first at line 1\)\n$/],
    ['50 MB', `CECOT: [${'x'.repeat(50_000_000)}]\n`, /^unmangle: g\.yaml: is over 10 MB; a glossary that large is refused/],
  ])('a glossary with %s', async (_, glossary, message) => {
    const { code, out, err } = await run(['-g', 'g.yaml', 'a.txt'], { 'g.yaml': glossary, 'a.txt': DIRTY });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it.each<[string, string, RegExp]>([
    ['bad JSON', '{"only": ["article"', /^unmangle: \.unmanglerc:1: /],
    ['a duplicate key', '{"only": ["article"], "only": ["spacing"]}', /^unmangle: \.unmanglerc:1: Map keys must be unique/],
    ['a wrong type', '{"fixThreshold": "high"}', /^unmangle: \.unmanglerc:1: "fixThreshold" must be a number from 0 to 1\n$/],
  ])('a config with %s', async (_, config, message) => {
    const { code, err } = await run(['a.txt'], { '.unmanglerc': config, 'a.txt': DIRTY });
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
