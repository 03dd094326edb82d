import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { argsOfNpx, BIN, commands, fenced, namedBlocks, README, runBin, stagedRepo, withThisBuild } from '../helpers/readme.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string>; engines: { node: string } };
const HELP = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;

const run = runBin;

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

describe("the README's commands run as written (or, where they need the network, are checked)", () => {
  const [setUp] = fenced('sh');
  const preCommit = fenced('sh').find((block) => block.startsWith('# .git/hooks/pre-commit'));

  it('set-up: npm install builds through prepare (checked: installing needs the network), the main job prints the corrected article, npm test is the suite', () => {
    expect(commands(setUp!)).toEqual(['npm install', 'npx unmangle fixtures/el-salvador-prisoner-swap.txt', 'npm test']);
    // `npm install` leaves a runnable unmangle: prepare builds, and the bin is the file that imports the build.
    expect(PACKAGE.scripts['prepare']).toBe('npm run build');
    expect(PACKAGE.scripts['build']).toMatch(/^tsc\b/);
    expect(PACKAGE.bin['unmangle']).toBe('bin/unmangle.js');
    // Not run here, since this is it: `npm test` builds, type-checks and runs vitest, as the README says.
    expect(PACKAGE.scripts['test']).toBe('npm run build && npm run typecheck && vitest run');
    const { code, stdout } = run(argsOfNpx(commands(setUp!)[1]!), process.cwd());
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('fixtures/el-salvador-prisoner-swap.expected.txt', 'utf8'));
  });

  it('the synopsis is the one --help prints, and every option of the table is in --help', () => {
    const synopsis = /## Command line\n\n```\n(.*)\n```/.exec(README)![1]!;
    expect(HELP.split('\n')[0]).toBe(`Usage: ${synopsis}`);
    const table = /\| option \| meaning \|\n([\s\S]*?)\n\n/.exec(README)![1]!;
    const flags = [...table.matchAll(/`(--?[a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
    expect(flags.length).toBeGreaterThan(20);
    for (const flag of flags) expect(HELP, flag).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`));
  });

  it('the GitHub workflow: its node version satisfies engines, and its step marks each change and suggestion and fails the job', () => {
    const workflow = parse(namedBlocks().find((block) => block.name === '.github/workflows/unmangle.yml')!.text) as {
      on: string;
      jobs: { check: { steps: { uses?: string; with?: { 'node-version': number }; run?: string }[] } };
    };
    expect(workflow.on).toBe('pull_request');
    const steps = workflow.jobs.check.steps;
    expect(Number(PACKAGE.engines.node.replace('>=', ''))).toBeLessThanOrEqual(steps.find((step) => step.with)!.with!['node-version']);
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-readme-'));
    mkdirSync(join(folder, 'articles'));
    writeFileSync(join(folder, 'articles/a.md'), 'It was was a honest mistake by Bukele -the president.\n');
    const { code, stdout } = run(argsOfNpx(steps.at(-1)!.run!), folder);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    // The shape the README shows: `::warning file=articles/a.md,line=3,col=5,endLine=3,endColumn=12,title=unmangle/names::…`.
    const shape = /^::(warning|notice) file=articles\/a\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=unmangle\/[\w-]+::/;
    expect(lines.every((line) => shape.test(line))).toBe(true);
    expect(lines.map((line) => shape.exec(line)![1])).toEqual(['warning', 'warning', 'notice']);
  });

  it('the git hook checks the staged files of those extensions, and passes when none are staged', () => {
    const [hook] = commands(preCommit!);
    const { root: folder, git } = stagedRepo(
      { 'a b.md': 'It was was a honest mistake.\n', 'b.txt': 'All is well.\n', 'c.rst': 'It was was a honest mistake.\n' },
      { 'unstaged.txt': 'It was was a honest mistake.\n' },
    );
    const staged = spawnSync('sh', ['-c', withThisBuild(hook!)], { cwd: folder, encoding: 'utf8' });
    expect([staged.status, staged.stdout]).toEqual([1, 'a b.md: 2 changes\n']);
    git('commit', '-q', '-m', 'files');
    const nothingStaged = spawnSync('sh', ['-c', withThisBuild(hook!)], { cwd: folder, encoding: 'utf8' });
    expect([nothingStaged.status, nothingStaged.stdout]).toEqual([0, '']);
  });
});
