import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseGlossary } from '../../src/glossary/parse.js';
import { fakeIo } from '../helpers/fake-io.js';

/** A folder of three articles that write Bukele and Kallas, each garbled once beside the right spelling. */
const FOLDER = {
  'news/a.txt': 'Officials met Bukele on Monday. Later, talks with Bukele went on. Then Baukele spoke again.\n',
  'news/b.md': '# Visit\n\nThe visit of Bukele was short. Reporters asked Bukele twice. Kallas said so, and Kallas left.\n',
  'news/c.txt': 'Critics of Bukele say little has changed. Prime Minister Kallas and Kalas disagree.\n',
};

const text = (lines: readonly string[]): string => lines.join('');
const decoded = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

async function learn(args: string[], files: Record<string, string> = FOLDER) {
  const io = fakeIo(files);
  const code = await main(['learn', ...args], io);
  return { code, out: text(io.out), err: text(io.err), io };
}

describe('unmangle learn', () => {
  it('proposes a YAML glossary the glossary parser reads, each entry with its evidence', async () => {
    const { code, out, err } = await learn(['news']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const entries = parseGlossary(out, 'learned.yaml').map((entry) => [entry.name, entry.variants]);
    expect(entries).toEqual([
      ['Bukele', ['Baukele']],
      ['Kallas', ['Kalas']],
    ]);
    expect(out).toMatch(/^# confidence 0\.\d\d · Bukele 5× in 3 files · variants:\n#   Baukele 1× \(news\/a\.txt\): 0\.\d\d\nBukele: \[Baukele\]\n/);
    expect(out).toContain('#   Kalas 1× (news/c.txt): ');
  });

  it('ranks the entries by confidence, surest first', async () => {
    const { out } = await learn(['news']);
    const scores = [...out.matchAll(/^# confidence (\d\.\d\d)/gm)].map((match) => Number(match[1]));
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBeGreaterThanOrEqual(scores[1]!);
  });

  it('lists the pairs it left out at the end, as comments', async () => {
    const files = { ...FOLDER, 'news/d.txt': 'Phillips and Phillips, Phillips and Philips.\n' };
    const { out } = await learn(['news'], files);
    expect(out).toContain('# Left out: they sound and spell alike, but are not proposed.\n#   Philips 1× beside Phillips 3×: a name a dictionary knows\n');
    expect(parseGlossary(out, 'learned.yaml').map((entry) => entry.name)).not.toContain('Phillips');
  });

  it('skips a file of a folder that is not text, with a warning', async () => {
    const io = fakeIo({ ...FOLDER, 'news/z.txt': new Uint8Array([0x42, 0x75, 0xff, 0xfe, 0x00]) });
    expect(await main(['learn', 'news'], io)).toBe(0);
    expect(text(io.err)).toMatch(/^unmangle: warning: news\/z\.txt: .*: skipped\n$/);
    expect(parseGlossary(text(io.out), 'learned.yaml')).toHaveLength(2);
  });

  it('the main help points to it', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(text(io.out)).toContain('unmangle learn articles/ > names.yaml');
  });

  it('--min-count: leaves out names written fewer times', async () => {
    const { out } = await learn(['--min-count', '4', 'news']);
    expect(parseGlossary(out, 'learned.yaml').map((entry) => entry.name)).toEqual(['Bukele']);
    expect((await learn(['--min-count', '6', 'news'])).out).toBe('{}\n');
  });

  it('--format json: a report with each name, its counts, files and confidence, and the glossary', async () => {
    const { code, out } = await learn(['--format', 'json', 'news']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    expect(report.files).toBe(3);
    expect(report.glossary).toEqual({ Bukele: ['Baukele'], Kallas: ['Kalas'] });
    const bukele = report.names.find((name: { name: string }) => name.name === 'Bukele');
    expect(bukele).toMatchObject({ count: 5, files: ['news/a.txt', 'news/b.md', 'news/c.txt'], variants: [{ spelling: 'Baukele', count: 1, files: ['news/a.txt'] }] });
    expect(bukele.confidence).toBeGreaterThan(0.7);
  });

  describe('--merge', () => {
    const GLOSSARY = '# Our newsroom’s names\nKallas: [Kaja Kalas]   # Estonia\nNicolás Maduro: []\n';

    it('prints the glossary with what the folder adds: its entries, order and comments kept', async () => {
      const { code, out, io } = await learn(['--merge', 'names.yaml', 'news'], { ...FOLDER, 'names.yaml': GLOSSARY });
      expect(code).toBe(0);
      expect(out.startsWith('# Our newsroom’s names\n')).toBe(true);
      expect(out).toContain('# Estonia');
      const entries = parseGlossary(out, 'names.yaml').map((entry) => [entry.name, entry.variants]);
      expect(entries).toEqual([
        ['Kallas', ['Kaja Kalas', 'Kalas']],
        ['Nicolás Maduro', []],
        ['Bukele', ['Baukele']],
      ]);
      // Printed, not written.
      expect(decoded(io.files.get('names.yaml'))).toBe(GLOSSARY);
    });

    it('gives no garbles to a spelling the glossary keeps as written, and never writes a glossary that would not load', async () => {
      for (const kept of ['Baukele', 'Bukele']) {
        const { code, out, err } = await learn(['--merge', 'names.yaml', 'news'], { ...FOLDER, 'names.yaml': `${kept}: {keep: true}\n` });
        expect({ code, err }).toEqual({ code: 0, err: '' });
        const entries = parseGlossary(out, 'names.yaml');
        expect(entries.find((entry) => entry.name === kept)).toMatchObject({ keep: true, variants: [] });
        expect(entries.flatMap((entry) => entry.variants)).not.toContain(kept);
      }
    });

    it('--write: writes the merged glossary back, as it would have printed it', async () => {
      const printed = (await learn(['--merge', 'names.yaml', 'news'], { ...FOLDER, 'names.yaml': GLOSSARY })).out;
      const { code, out, err, io } = await learn(['--merge', 'names.yaml', '--write', 'news'], { ...FOLDER, 'names.yaml': GLOSSARY });
      expect({ code, out }).toEqual({ code: 0, out: '' });
      expect(err).toBe('unmangle: names.yaml: written with 2 learned names\n');
      expect(decoded(io.files.get('names.yaml'))).toBe(printed);
    });

    it('a JSON glossary stays JSON', async () => {
      const { out } = await learn(['--merge', 'names.json', 'news'], { ...FOLDER, 'names.json': '{"Kallas": []}\n' });
      expect(JSON.parse(out)).toEqual({ Kallas: ['Kalas'], Bukele: ['Baukele'] });
    });

    it('warns that an empty glossary may be a redirection onto itself', async () => {
      const { code, err } = await learn(['--merge', 'names.yaml', 'news'], { ...FOLDER, 'names.yaml': '' });
      expect(code).toBe(0);
      expect(err).toContain('names.yaml is empty');
    });
  });

  describe('bad input: exit 2, one line, nothing printed', () => {
    it.each([
      [['missing'], 'unmangle: missing: no such file\n'],
      [['news', 'missing.txt'], 'unmangle: missing.txt: no such file\n'],
      [['-'], 'unmangle: learn reads files and folders, not standard input\n'],
      [['--write', 'news'], 'unmangle: --write goes with --merge: it writes the merged glossary back\n'],
      [['--merge', 'none.yaml', 'news'], 'unmangle: none.yaml: no such file\n'],
      [['--merge', 'bad.yaml', 'news'], 'unmangle: bad.yaml:2: "Kallas" is listed twice (first at line 1)\n'],
      [['--merge', 'bad.yaml', '--format', 'json', 'news'], 'unmangle: --merge prints the glossary in its own format; --format json is for a new proposal\n'],
    ])('%j', async (args, message) => {
      const { code, out, err } = await learn(args, { ...FOLDER, 'bad.yaml': 'Kallas: []\nKallas: [Kalas]\n' });
      expect({ code, out, err }).toEqual({ code: 2, out: '', err: message });
    });

    it('an option it does not know, or no paths', async () => {
      expect((await learn(['--frobnicate', 'news'])).code).toBe(2);
      const none = await learn([]);
      expect(none.code).toBe(2);
      expect(none.err).toContain("missing required argument 'paths'");
    });
  });

  it('--help shows its own usage and flags', async () => {
    const { code, out } = await learn(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: unmangle learn [options] <paths...>');
    for (const flag of ['--min-count', '--min-confidence', '--merge', '--write', '--format', '--ext', '--ignore-path']) expect(out).toContain(flag);
  });

  it('--help has every option of the README’s table', async () => {
    const table = /\| learn option \| meaning \|\n([\s\S]*?)\n\n/.exec(readFileSync('README.md', 'utf8'))![1]!;
    const flags = [...table.matchAll(/`(--?[a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
    expect(flags.length).toBeGreaterThan(8);
    const { out } = await learn(['--help']);
    for (const flag of flags) expect(out).toContain(flag);
  });
});
