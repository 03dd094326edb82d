import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo, type FakeFile } from '../helpers/fake-io.js';
import { CTRL_C, scriptedKeyboard, typed } from '../helpers/fake-keyboard.js';

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** `unmangle -i` in-process, at a fake terminal that types `keys`; NO_COLOR, so the screen is plain text. */
async function review(argv: string[], files: Record<string, FakeFile>, keys: string[], env: Record<string, string> = {}) {
  const keyboard = scriptedKeyboard(keys);
  const io = fakeIo(files, '', { stdinIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1', ...env }, openKeyboard: () => keyboard });
  const code = await main(['-i', ...argv], io);
  const file = (path: string) => text(io.files.get(path));
  return { code, screen: io.out.join(''), err: io.err.join(''), file, keysLeft: keyboard.left(), closed: keyboard.closed() };
}

const DIRTY = 'It was was a honest mistake.\n';

describe('unmangle -i: each key', () => {
  it('y accepts, n rejects; the file is written with what was accepted, and the summary is on stderr', async () => {
    const run = await review(['a.txt'], { 'a.txt': DIRTY }, ['y', 'n']);
    expect(run.code).toBe(0);
    expect(run.file('a.txt')).toBe('It was a honest mistake.\n');
    expect(run.screen).toContain('It was[- was-] a honest mistake.');
    expect(run.screen).toContain('repeated-phrase/repeated-word  `was` is repeated 2 times in a row; keep one (confidence 0.90)');
    expect(run.screen).toContain('It was was [-a honest-]{+an honest+} mistake.');
    expect(run.err).toBe('1 file written: 1 edit accepted, 1 rejected, 0 kept as written\n');
    expect([run.keysLeft, run.closed]).toEqual([0, true]);
  });

  it('leaves the file as it was when everything is rejected', async () => {
    const run = await review(['a.txt'], { 'a.txt': DIRTY }, ['n', 'n']);
    expect(run.file('a.txt')).toBe(DIRTY);
    expect(run.err).toBe('0 files written: 0 edits accepted, 2 rejected, 0 kept as written\n');
  });

  it('e replaces the replacement with the line typed (backspace works); an empty line goes back to the item', async () => {
    const keys = ['y', 'e', 'enter', 'e', ...typed('one honestt'), 'backspace', 'enter'];
    const run = await review(['a.txt'], { 'a.txt': DIRTY }, keys);
    expect(run.file('a.txt')).toBe('It was one honest mistake.\n');
    expect(run.screen).toContain('current replacement: "an honest"');
    expect(run.screen).toContain('not edited');
    expect(run.keysLeft).toBe(0);
  });

  it('A accepts, N rejects every later one of the kind in the file; u undoes one whole A or N at a time', async () => {
    const files = { 'a.txt': 'It was was here. He is is there. She ran ran off. It was a honest man.\n' };
    // y the first repeat, N the other two, u takes the N back, A accepts them, n the a/an.
    const run = await review(['a.txt'], files, ['y', 'N', 'u', 'A', 'n']);
    expect(run.file('a.txt')).toBe('It was here. He is there. She ran off. It was a honest man.\n');
    expect(run.screen).toContain('rejected 2 repeated-phrase/repeated-word changes');
    expect(run.screen).toContain('undone (2 decisions)');
    expect(run.screen).toContain('accepted 2 repeated-phrase/repeated-word changes');
    // Undo past an A, then past the y before it, then with nothing left.
    const back = await review(['a.txt'], files, ['y', 'A', 'u', 'u', 'u', 'n', 'n', 'n', 'y']);
    expect(back.screen).toContain('nothing to undo in this file');
    expect(back.file('a.txt')).toBe('It was was here. He is is there. She ran ran off. It was an honest man.\n');
  });

  it('q writes what was accepted in this file and reviews no further file', async () => {
    const run = await review(['a.txt', 'b.txt'], { 'a.txt': DIRTY, 'b.txt': DIRTY }, ['y', 'q']);
    expect(run.code).toBe(0);
    expect(run.file('a.txt')).toBe('It was a honest mistake.\n');
    expect(run.file('b.txt')).toBe(DIRTY);
    expect(run.err).toBe('1 file written: 1 edit accepted, 0 rejected, 0 kept as written\n');
  });

  it('Ctrl-C leaves the file under review as it was and those before it written, exit 2', async () => {
    const run = await review(['a.txt', 'b.txt'], { 'a.txt': DIRTY, 'b.txt': DIRTY }, ['y', 'y', 'y', CTRL_C]);
    expect(run.code).toBe(2);
    expect(run.file('a.txt')).toBe('It was an honest mistake.\n');
    expect(run.file('b.txt')).toBe(DIRTY);
    expect(run.err).toContain('unmangle: interrupted: files already written are complete, the file under review and those after it untouched\n');
    expect(run.closed).toBe(true);
  });

  it('? shows the keys; an unknown key says so; neither decides anything', async () => {
    const run = await review(['a.txt'], { 'a.txt': DIRTY }, ['?', 'x', 'y', 'y']);
    expect(run.screen).toContain('A - accept it and every later one of the repeated-phrase/repeated-word changes in this file');
    expect(run.screen).toContain('k - keep it as written for good: add the spelling to the glossary as keep: true');
    expect(run.screen).toContain('"x" does nothing here: ? lists the keys');
    expect(run.file('a.txt')).toBe('It was an honest mistake.\n');
  });
});

describe('unmangle -i: suggestions', () => {
  it('a suggestion is accepted like a change', async () => {
    const run = await review(['a.txt'], { 'a.txt': 'They agreed to the swap -exchanged for prisoners.\n' }, ['y']);
    expect(run.screen).toContain('Accept this suggestion?');
    expect(run.file('a.txt')).toBe('They agreed to the swap – exchanged for prisoners.\n');
  });

  it('one that covers a change is offered only once the change is accepted as it was', async () => {
    const files = { 'a.txt': 'Bukele spoke. Bukele left. Trump met Bukle -the man.\n' };
    const accepted = await review(['a.txt'], files, ['y', 'y']);
    expect(accepted.file('a.txt')).toBe('Bukele spoke. Bukele left. Trump met Bukele – the man.\n');
    const rejected = await review(['a.txt'], files, ['n']);
    expect(rejected.screen).not.toContain('suggestion');
    expect([rejected.file('a.txt'), rejected.keysLeft]).toEqual([files['a.txt'], 0]);
  });
});

describe('unmangle -i: glossaries', () => {
  const CONSISTENCY = 'Bukele said it. Bukele left. Baukele came.\n';
  const configured = { 'unmangle.config.yaml': 'glossaries: [names.yaml]\n', 'names.yaml': '# the beat\nBukele: []   # president\nCECOT: [Sikot]\n' };

  it('a adds the garble under the name in the nearest config\'s glossary, comments kept; later files use it', async () => {
    const run = await review(['a.txt', 'b.txt'], { ...configured, 'a.txt': CONSISTENCY, 'b.txt': 'Baukele spoke.\n' }, ['a', 'y']);
    expect(run.file('a.txt')).toBe('Bukele said it. Bukele left. Bukele came.\n');
    expect(run.file('names.yaml')).toBe('# the beat\nBukele: [Baukele]   # president\nCECOT: [Sikot]\n');
    expect(run.screen).toContain('updated names.yaml (Baukele → Bukele)');
    // b.txt has one Baukele and no Bukele: only the glossary's new variant can fix it.
    expect(run.screen).toContain('names/listed-variant');
    expect(run.file('b.txt')).toBe('Bukele spoke.\n');
  });

  it('with no glossary configured, asks for one and creates glossary.yaml by default', async () => {
    const run = await review(['a.txt'], { 'a.txt': CONSISTENCY }, ['a', 'enter']);
    expect(run.screen).toContain('No glossary applies to this file. Add to (created if it is not there) [glossary.yaml]: ');
    expect(run.screen).toContain('created glossary.yaml (Baukele → Bukele)');
    expect(run.file('glossary.yaml')).toBe('Bukele: [Baukele]\n');
  });

  it('asks which glossary when the nearest config names none: one of those that apply, by number', async () => {
    const files = { 'names.yaml': 'Bukele: []\n', 'a.txt': 'Bukele said it. Bukele left. Baukele came came.\n' };
    // Escape at the question adds nothing and decides nothing; asked again, 1 is names.yaml.
    const run = await review(['-g', 'names.yaml', 'a.txt'], files, ['a', 'escape', 'a', '1', 'enter', 'n']);
    expect(run.screen).toContain('Add to which glossary? 1 names.yaml, or a path [1]: ');
    expect(run.screen).toContain('no glossary given: nothing added');
    expect(run.file('names.yaml')).toBe('Bukele: [Baukele]\n');
    expect(run.keysLeft).toBe(0);
  });

  it('a on a change that is not a name says so and decides nothing', async () => {
    const run = await review(['a.txt'], { 'a.txt': DIRTY }, ['a', 'y', 'y']);
    expect(run.screen).toContain('this is not a name (repeated-phrase/repeated-word): nothing added to a glossary');
    expect(run.file('a.txt')).toBe('It was an honest mistake.\n');
    expect(run.file('glossary.yaml')).toBeUndefined();
  });

  it('k keeps the spelling in the glossary (keep: true): the file keeps it, and so do later files', async () => {
    const run = await review(['a.txt', 'b.txt'], { ...configured, 'a.txt': CONSISTENCY, 'b.txt': CONSISTENCY }, ['k']);
    expect(run.file('a.txt')).toBe(CONSISTENCY);
    expect(run.file('names.yaml')).toBe('# the beat\nBukele: []   # president\nCECOT: [Sikot]\nBaukele: {keep: true}\n');
    expect(run.screen).toContain('b.txt: nothing to review');
    expect(run.err).toBe('0 files written: 0 edits accepted, 0 rejected, 1 kept as written\n');
  });

  it('k writes [sic] after the word where the config says interactive: {keep: sic}', async () => {
    const files = { 'unmangle.config.yaml': 'interactive: {keep: sic}\n', 'a.txt': CONSISTENCY };
    const run = await review(['a.txt'], files, ['k']);
    expect(run.file('a.txt')).toBe('Bukele said it. Bukele left. Baukele [sic] came.\n');
    expect(run.file('glossary.yaml')).toBeUndefined();
  });

  it('a or k the glossary would refuse is refused at the key, the item stays; the other additions land', async () => {
    const files = { 'g.yaml': 'Nayib Bukele: [Nayib Baukele]\nKaja Kallas: []\n', 'a.txt': 'Kaja Kalas met Nayib Baukele.\n' };
    // a on Kalas, enter picks g.yaml; k on a listed garble is refused; n then rejects the change.
    const run = await review(['-g', 'g.yaml', 'a.txt'], files, ['a', 'enter', 'k', 'n']);
    expect(run.screen).toContain('not kept: g.yaml:1: "Nayib Baukele" cannot be kept as written: it is listed as a garble of "Nayib Bukele"');
    expect(run.screen).not.toContain('"Nayib Baukele" will be kept as written');
    expect(run.file('g.yaml')).toBe('Nayib Bukele: [Nayib Baukele]\nKaja Kallas: [Kaja Kalas]\n');
    expect(run.file('a.txt')).toBe('Kaja Kallas met Nayib Baukele.\n');
    expect([run.code, run.keysLeft]).toEqual([0, 0]);
  });

  it('at write time each addition is applied on its own: one the glossary now refuses is reported, the others land', async () => {
    const files = { 'g.yaml': 'Bukele: []\n', 'a.txt': 'Bukele said it. Bukele left. Baukele came. Trump met Bukle.\n' };
    const keyboard = scriptedKeyboard(['a', 'enter', 'a']);
    const io = fakeIo(files, '', { stdinIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1' }, openKeyboard: () => keyboard });
    // Someone else lists Bukle under another name just as a.txt is written, after both were accepted.
    const writeFile = io.fs.writeFileAtomic.bind(io.fs);
    io.fs.writeFileAtomic = async (path, data, version) => {
      await writeFile(path, data, version);
      if (path.endsWith('a.txt')) await io.fs.writeOwnFile('g.yaml', new TextEncoder().encode('Bukele: []\nBuckle: [Bukle]\n'));
    };
    expect(await main(['-i', '-g', 'g.yaml', 'a.txt'], io)).toBe(2);
    const screen = io.out.join('');
    expect(screen).toContain('not added to g.yaml (Bukle → Bukele): g.yaml:2: ');
    expect(screen).toContain('updated g.yaml (Baukele → Bukele)');
    expect(text(io.files.get('g.yaml'))).toBe('Bukele: [Baukele]\nBuckle: [Bukle]\n');
  });

  it('a file changed under the review is not written, and says its glossary additions were not made either', async () => {
    const files = { 'g.yaml': 'Bukele: []\n', 'a.txt': 'Bukele said it. Bukele left. Baukele came came.\n' };
    const keyboard = scriptedKeyboard(['a', 'enter', 'y']);
    const io = fakeIo(files, '', { stdinIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1' }, openKeyboard: () => keyboard });
    // Someone edits a.txt while its last change is on screen.
    const next = keyboard.next.bind(keyboard);
    keyboard.next = async () => {
      if (keyboard.left() === 1) await io.fs.writeOwnFile('a.txt', new TextEncoder().encode('Edited meanwhile.\n'));
      return next();
    };
    expect(await main(['-i', '-g', 'g.yaml', 'a.txt'], io)).toBe(2);
    expect(io.out.join('')).toContain('glossary not changed (file not written): Baukele → Bukele\n');
    expect(text(io.files.get('g.yaml'))).toBe('Bukele: []\n');
    expect(text(io.files.get('a.txt'))).toBe('Edited meanwhile.\n');
    expect(io.err.join('')).toContain('0 files written: 0 edits accepted, 0 rejected, 0 kept as written\n');
  });

  it('a on a surname change lists the garble under the glossary\'s full name, not as a new name', async () => {
    const files = { 'g.yaml': 'Kaja Kallas: []\n', 'a.txt': 'Kaja Kallas said it. Later Kalas left.\n' };
    const run = await review(['-g', 'g.yaml', 'a.txt'], files, ['a', 'enter']);
    expect(run.screen).toContain('accepted; "Kalas" will be added under "Kaja Kallas" when this file is written');
    expect(run.file('g.yaml')).toBe('Kaja Kallas: [Kalas]\n');
    expect(run.file('a.txt')).toBe('Kaja Kallas said it. Later Kallas left.\n');
  });

  it('a on a garble the glossary already lists accepts it and leaves the glossary unwritten', async () => {
    const files = { 'g.yaml': 'Nayib Bukele: [Nayib Baukele]\n', 'a.txt': 'Nayib Baukele spoke.\n' };
    const run = await review(['-g', 'g.yaml', 'a.txt'], files, ['a', 'enter']);
    expect(run.screen).toContain('accepted; "Nayib Baukele" is already listed under "Nayib Bukele": nothing to add');
    expect(run.screen).not.toMatch(/updated g\.yaml/);
    expect(run.file('a.txt')).toBe('Nayib Bukele spoke.\n');
  });

  it('an addition the glossary came to have meanwhile is not written again, and is said', async () => {
    const files = { 'g.yaml': 'Bukele: []\n', 'a.txt': 'Bukele said it. Bukele left. Baukele came.\n' };
    const keyboard = scriptedKeyboard(['a', 'enter']);
    const io = fakeIo(files, '', { stdinIsTTY: true, stdoutIsTTY: true, env: { NO_COLOR: '1' }, openKeyboard: () => keyboard });
    const written: string[] = [];
    const writeFile = io.fs.writeFileAtomic.bind(io.fs);
    io.fs.writeFileAtomic = async (path, data, version) => {
      await writeFile(path, data, version);
      written.push(path);
      // Someone else adds the same garble as a.txt is written.
      if (path.endsWith('a.txt')) await io.fs.writeOwnFile('g.yaml', new TextEncoder().encode('Bukele: [Baukele]   # by hand\n'));
    };
    expect(await main(['-i', '-g', 'g.yaml', 'a.txt'], io)).toBe(0);
    expect(io.out.join('')).toContain('nothing to add to g.yaml: it already has Baukele → Bukele\n');
    expect(io.out.join('')).not.toContain('updated g.yaml');
    expect(written.map((path) => path.split('/').pop())).toEqual(['a.txt']);
  });

  it('u takes back an a before the file is written: the glossary is not touched', async () => {
    const files = { ...configured, 'a.txt': 'Bukele said it. Bukele left. Baukele came came.\n' };
    const run = await review(['a.txt'], files, ['a', 'u', 'n', 'n']);
    expect(run.file('names.yaml')).toBe(configured['names.yaml']);
    expect([run.file('a.txt'), run.keysLeft]).toEqual([files['a.txt'], 0]);
  });
});

describe('unmangle -i: refused where no one can answer', () => {
  it.each([
    ['not a terminal', { stdinIsTTY: false }, [], '--interactive needs a terminal for its keys and screen: use --check or --write'],
    ['CI set', { env: { CI: 'true' } }, [], '--interactive needs someone at a terminal, and CI is set: use --check or --write'],
    ['standard input', {}, ['-'], '--interactive needs files to review (standard input is the keyboard)'],
    ['a machine format', {}, ['--format', 'json', 'a.txt'], '--interactive cannot go with --format json'],
    ['SARIF', {}, ['--format', 'sarif', 'a.txt'], '--interactive cannot go with --format sarif'],
    ['rdjson', {}, ['--format', 'rdjson', 'a.txt'], '--interactive cannot go with --format rdjson'],
    ['--diff', {}, ['--diff', 'a.txt'], '--interactive cannot go with --diff'],
    ['--baseline', {}, ['--baseline', 'b.json', 'a.txt'], '--interactive cannot go with --baseline'],
    ['--update-baseline', {}, ['--baseline', 'b.json', '--update-baseline', 'a.txt'], '--interactive cannot go with --update-baseline'],
    ['--cache', {}, ['--cache', 'a.txt'], '--interactive cannot go with --cache'],
    ['--cache-location', {}, ['--cache-location', 'c', 'a.txt'], '--interactive cannot go with --cache'],
    ['--shard', {}, ['--shard', '1/2', 'a.txt'], '--interactive cannot go with --shard'],
    ['--files-from', {}, ['--files-from', 'list.txt'], '--interactive cannot go with --files-from'],
  ])('%s: exit 2 and one line', async (_, options, argv, message) => {
    const io = fakeIo({ 'a.txt': DIRTY }, '', { stdinIsTTY: true, stdoutIsTTY: true, openKeyboard: () => scriptedKeyboard([]), ...options });
    expect(await main(['-i', ...(argv.length > 0 ? argv : ['a.txt'])], io)).toBe(2);
    expect(io.err).toEqual([`unmangle: ${message}\n`]);
    expect(text(io.files.get('a.txt'))).toBe(DIRTY);
  });

  it('conflicts with --check, --write and --list-different', async () => {
    for (const flag of ['--check', '--write', '-l']) {
      const io = fakeIo({ 'a.txt': DIRTY });
      expect(await main(['-i', flag, 'a.txt'], io)).toBe(2);
      expect(io.err.join('')).toMatch(/cannot be used with/);
    }
  });
});
