import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/unmangle.js');
const README = readFileSync('README.md', 'utf8');

/** The README's fenced yaml blocks whose first line is a comment naming the file: `# names.yaml — …`. */
function namedBlocks(): { name: string; text: string }[] {
  return [...README.matchAll(/```yaml\n# ([\w./-]+)[^\n]*\n([\s\S]*?)```/g)].map((match) => ({ name: match[1]!, text: match[2]! }));
}

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the README's examples work as written", () => {
  const blocks = namedBlocks();

  it('has the glossary and the config to test', () => {
    expect(blocks.map((block) => block.name)).toEqual(expect.arrayContaining(['names.yaml', 'unmangle.config.yaml']));
  });

  it('the glossary loads (its specs pass) and fixes what it lists', () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-readme-'));
    writeFileSync(join(folder, 'names.yaml'), blocks.find((block) => block.name === 'names.yaml')!.text);
    const { code, stdout, stderr } = run(['-g', 'names.yaml'], folder, 'Kaja Kalas met the Sikot warden.\n');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('Kaja Kallas met the CECOT warden.\n');
  });

  it('the config loads with the glossaries it names', () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-readme-'));
    const config = blocks.find((block) => block.name === 'unmangle.config.yaml')!.text;
    writeFileSync(join(folder, 'unmangle.config.yaml'), config);
    for (const glossary of /glossaries: \[([^\]]*)\]/.exec(config)![1]!.split(',').map((path) => path.trim())) {
      mkdirSync(join(folder, dirname(glossary)), { recursive: true });
      writeFileSync(join(folder, glossary), 'CECOT: [Sikot]\n');
    }
    writeFileSync(join(folder, 'a.txt'), 'It was was the Sikot jail .\n');
    expect(run(['a.txt'], folder)).toEqual({ code: 0, stdout: 'It was the CECOT jail .\n', stderr: '' });
  });

  it('the explain example prints what the README shows', () => {
    const block = /```\n\$ echo '([^']*)' \| unmangle --explain\n([\s\S]*?)```/.exec(README)!;
    const { stdout, stderr } = run(['--explain'], tmpdir(), `${block[1]}\n`);
    expect(stdout + stderr).toBe(block[2]);
  });
});
