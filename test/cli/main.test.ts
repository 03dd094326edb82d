import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const DIRTY = 'It was was a honest mistake.\n';
const CLEAN = 'It was an honest mistake.\n';

describe('main, in-process', () => {
  it('prints the corrected text of standard input', async () => {
    const io = fakeIo({}, DIRTY);
    expect(await main([], io)).toBe(0);
    expect(io.out.join('')).toBe(CLEAN);
    expect(io.err).toEqual([]);
  });

  it('says what to do instead of waiting when started in a terminal with nothing piped in', async () => {
    const io = fakeIo({}, '', { stdinIsTTY: true });
    expect(await main([], io)).toBe(2);
    expect(io.err.join('')).toBe('unmangle: no input: name files or folders, or pipe text in (see --help)\n');
  });

  it('reads whisper console output as such, piped in or in a .txt file, keeping its column', async () => {
    const looped = '[00:00:00.000 --> 00:00:02.000]  Thank you.\n'.repeat(4);
    const io = fakeIo({}, looped);
    expect(await main([], io)).toBe(0);
    expect(io.out.join('')).toBe('[00:00:00.000 --> 00:00:02.000]  Thank you.\n');
    // A file whose name says text, and whose every line is timed, is read the same way.
    const named = fakeIo({ 'out.txt': looped.replace(/\]  /g, ']   ') });
    expect(await main(['out.txt'], named)).toBe(0);
    expect(named.out.join('')).toBe('[00:00:00.000 --> 00:00:02.000]   Thank you.\n');
  });

  it('reads - as standard input', async () => {
    const io = fakeIo({}, DIRTY);
    expect(await main(['-'], io)).toBe(0);
    expect(io.out.join('')).toBe(CLEAN);
  });

  it('prints the corrected text of one file', async () => {
    const io = fakeIo({ 'a.txt': DIRTY });
    expect(await main(['a.txt'], io)).toBe(0);
    expect(io.out.join('')).toBe(CLEAN);
  });

  it('prints diffs for several files, nothing for a clean one', async () => {
    const io = fakeIo({ 'a.txt': DIRTY, 'b.txt': CLEAN });
    expect(await main(['a.txt', 'b.txt'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain('--- a.txt');
    expect(out).toContain('-It was was a honest mistake.');
    expect(out).toContain('+It was an honest mistake.');
    expect(out).not.toContain('b.txt');
  });

  it('colours the diff only when asked or on a terminal without NO_COLOR', async () => {
    const plain = fakeIo({ 'a.txt': DIRTY });
    await main(['--diff', 'a.txt'], plain);
    expect(plain.out.join('')).not.toContain('\u001b[');
    const forced = fakeIo({ 'a.txt': DIRTY });
    await main(['--diff', '--color', 'a.txt'], forced);
    // In colour the changed words are marked inside the line; --diff=line colours whole lines.
    expect(forced.out.join('')).toContain('\u001b[32m\u001b[4man\u001b[24m\u001b[39m honest');
    const lines = fakeIo({ 'a.txt': DIRTY });
    await main(['--diff=line', '--color', 'a.txt'], lines);
    expect(lines.out.join('')).toContain('\u001b[32m+It was an honest');
    const tty = fakeIo({ 'a.txt': DIRTY }, '', { stdoutIsTTY: true });
    await main(['--diff', 'a.txt'], tty);
    expect(tty.out.join('')).toContain('\u001b[');
    const noColor = fakeIo({ 'a.txt': DIRTY }, '', { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await main(['--diff', 'a.txt'], noColor);
    expect(noColor.out.join('')).not.toContain('\u001b[');
  });

  it('writes JSON with every change positioned in the input', async () => {
    const io = fakeIo({ 'a.txt': DIRTY });
    expect(await main(['--format', 'json', 'a.txt'], io)).toBe(0);
    const report = JSON.parse(io.out.join(''));
    expect(report.version).toBe(1);
    expect(report.files[0].path).toBe('a.txt');
    expect(report.files[0].changed).toBe(true);
    expect(report.files[0].changes).toMatchObject([
      { fixer: 'repeated-phrase', rule: 'repeated-word', original: ' was', replacement: '', offset: 6, length: 4, start: { line: 1, column: 7 } },
      { fixer: 'article', rule: 'an', original: 'a honest', replacement: 'an honest', offset: 11 },
    ]);
  });

  it('explains each change on stderr, the text staying on stdout', async () => {
    const io = fakeIo({ 'a.txt': DIRTY });
    await main(['--explain', 'a.txt'], io);
    expect(io.out.join('')).toBe(CLEAN);
    const err = io.err.join('');
    expect(err).toContain('a.txt:1:7  repeated-phrase/repeated-word  " was" → ""');
    expect(err).toContain('the h of honest- is silent');
    const quiet = fakeIo({ 'a.txt': DIRTY });
    await main(['--explain', '--quiet', 'a.txt'], quiet);
    expect(quiet.err).toEqual([]);
  });

  it('runs only the fixers asked for', async () => {
    const only = fakeIo({}, DIRTY);
    await main(['--only', 'article'], only);
    expect(only.out.join('')).toBe('It was was an honest mistake.\n');
    const skip = fakeIo({}, DIRTY);
    await main(['--skip', 'article'], skip);
    expect(skip.out.join('')).toBe('It was a honest mistake.\n');
  });

  it('lists the fixers in pipeline order', async () => {
    const io = fakeIo();
    expect(await main(['--list-fixers'], io)).toBe(0);
    expect(io.out.join('').split('\n').map((line) => line.split(' ')[0]).filter(Boolean)).toEqual(['repeated-phrase', 'names', 'name-consistency', 'article', 'spacing']);
  });

  it.each<[string, string[], Record<string, string | Uint8Array>, RegExp]>([
    ['a missing file', ['missing.txt'], {}, /^unmangle: missing\.txt: no such file\n$/],
    ['an unknown fixer', ['--only', 'nope', 'a.txt'], { 'a.txt': DIRTY }, /^unmangle: --only: unknown fixer `nope` \(known: repeated-phrase, names, name-consistency, article, spacing\)\n$/],
    ['a binary file', ['bin.dat'], { 'bin.dat': new Uint8Array([0x41, 0, 0x42]) }, /^unmangle: bin\.dat: looks binary/],
    ['invalid UTF-8', ['bad.txt'], { 'bad.txt': new Uint8Array([0x41, 0xff, 0x42]) }, /^unmangle: bad\.txt: is not valid UTF-8\n$/],
    ['stdin with files', ['-', 'a.txt'], { 'a.txt': DIRTY }, /standard input \(-\) cannot be read together with files/],
    ['--write to standard input', ['--write'], {}, /--write needs files/],
    ['several files as text', ['--format', 'text', 'a.txt', 'a.txt'], { 'a.txt': DIRTY }, /use --diff, --check or --format json/],
  ])('fails with one line and exit 2 on %s', async (_, argv, files, message) => {
    const io = fakeIo(files);
    expect(await main(argv, io)).toBe(2);
    const err = io.err.join('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('uses the glossaries given with --glossary', async () => {
    const io = fakeIo({ 'names.yaml': 'CECOT: []\n', 'a.txt': 'the Sikot jail\n' });
    expect(await main(['-g', 'names.yaml', 'a.txt'], io)).toBe(0);
    expect(io.out.join('')).toBe('the CECOT jail\n');
  });

  it('leaves built-in names out with --no-builtin-names', async () => {
    const io = fakeIo({}, 'Al Salvador\n');
    await main(['--no-builtin-names'], io);
    expect(io.out.join('')).toBe('Al Salvador\n');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a missing glossary', {}, /^unmangle: names\.yaml: no such file\n$/],
    ['a glossary with a wrong type', { 'names.yaml': 'CECOT: [Sikot]\nBukele: 7\n' }, /^unmangle: names\.yaml:2: "Bukele" must have a list of variants/],
    ['a glossary whose spec fails', { 'names.yaml': 'CECOT:\n  specs:\n    - {from: Sikot, to: Sikot}\n' }, /^unmangle: names\.yaml:3: spec of "CECOT" failed/],
  ])('stops with exit 2 and one line on %s, before cleaning anything', async (_, files, message) => {
    const io = fakeIo({ ...files, 'a.txt': DIRTY });
    expect(await main(['--glossary', 'names.yaml', 'a.txt'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(message);
    expect(io.err.join('').trim().split('\n')).toHaveLength(1);
  });

  it('goes on after a failed file and still exits 2', async () => {
    const io = fakeIo({ 'a.txt': DIRTY });
    expect(await main(['--diff', 'missing.txt', 'a.txt'], io)).toBe(2);
    expect(io.out.join('')).toContain('+It was an honest mistake.');
  });

  it('keeps a byte-order mark, CRLF and a missing final newline', async () => {
    const io = fakeIo({}, '\uFEFFIt was was fine\r\nThe the end');
    await main([], io);
    expect(io.out.join('')).toBe('\uFEFFIt was fine\r\nThe end');
  });
});
