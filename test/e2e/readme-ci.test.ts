import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION, runAction } from '../helpers/action.js';
import { argsOfNpx, commands, fenced, namedBlocks, README, runBin, tree, withThisBuild } from '../helpers/readme.js';

const DIRTY = 'It was was a honest mistake.\n';
const block = (name: string): string => namedBlocks().find((named) => named.name === name)!.text;
const sh = (command: string, cwd: string, env: Record<string, string> = {}) => {
  const result = spawnSync('sh', ['-c', withThisBuild(command)], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Thirty articles, a third of them dirty: enough for every shard of four to have some. */
const ARCHIVE: Record<string, string> = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`articles/n${i}.md`, i % 3 === 0 ? DIRTY : `Story ${i} is fine.\n`]));
const WHOLE = (root: string): string[] => JSON.parse(runBin(['--check', '--format', 'json', 'articles/'], root).stdout).files;

describe("the README's CI recipes run as written", () => {
  it('the action workflow: its inputs are the action\'s, and the action run with them annotates and fails the job', () => {
    const workflow = parse(block('.github/workflows/unmangle-action.yml')) as { jobs: { check: { steps: { uses?: string; with?: Record<string, string> }[] } } };
    const step = workflow.jobs.check.steps.find((s) => s.uses?.includes('/unmangle@'))!;
    expect(Object.keys(step.with!).every((input) => input in ACTION.inputs)).toBe(true);
    const root = tree({
      'articles/a.md': `${DIRTY}The Sikot jail.\n`,
      'names/world.yaml': 'El Salvador: []\n',
      'names/politics.yaml': 'CECOT: [Sikot]\n',
      '.unmangle-baseline.json': '{"version": 1, "findings": []}\n',
    });
    const { code, stdout } = runAction(root, step.with!);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::warning file=articles\/a\.md,line=1,/);
    expect(stdout).toContain('title=unmangle/names::');
  });

  it("the action's input table lists its inputs and their defaults", () => {
    const table = /\| input \| meaning \| default \|\n\| --- \| --- \| --- \|\n([\s\S]*?)\n\n/.exec(README)![1]!;
    const rows = table.split('\n').map((row) => row.split(' | '));
    expect(rows.map((row) => row[0]!.replace(/^\| `|`$/g, ''))).toEqual(Object.keys(ACTION.inputs));
    for (const row of rows) {
      const fallback = ACTION.inputs[row[0]!.replace(/^\| `|`$/g, '')]!.default;
      expect(row[2]!, row[0]).toMatch(fallback === '' ? /^none/ : new RegExp(`^\`${fallback.replace('.', '\\.')}\``));
    }
  });

  it('the pre-commit config names the hooks of the manifest, with arguments unmangle takes', () => {
    const config = parse(block('.pre-commit-config.yaml')) as { repos: { hooks: { id: string; args?: string[] }[] }[] };
    const ids = (parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string }[]).map((hook) => hook.id);
    for (const hook of config.repos[0]!.hooks) {
      expect(ids).toContain(hook.id);
      const root = tree({ 'names/world.yaml': 'CECOT: [Sikot]\n', 'a.md': 'The Sikot jail.\n' });
      expect(runBin(['--check', ...(hook.args ?? []), 'a.md'], root)).toMatchObject({ code: 1, stdout: 'a.md: 1 change\n' });
    }
  });

  it('lint-staged: the glob takes the extensions unmangle walks, and the command checks the files it is given', () => {
    const config = JSON.parse(fenced('json').find((text) => text.includes('lint-staged'))!) as { 'lint-staged': Record<string, string> };
    const [[glob, command]] = Object.entries(config['lint-staged']) as [[string, string]];
    expect(glob).toBe('*.{md,markdown,txt,srt,vtt}');
    const root = tree({ 'a.md': DIRTY, 'b.txt': 'Fine.\n' });
    // lint-staged appends the staged files' paths to the command.
    expect(sh(`${command} a.md b.txt`, root)).toMatchObject({ code: 1, stdout: 'a.md: 2 changes\n' });
    expect(commands(fenced('sh').find((text) => text.startsWith('# .husky/pre-commit'))!)).toEqual(['npx lint-staged']);
  });

  it('the baseline: recorded, then only new findings fail; the example file is what --update-baseline writes', () => {
    const [record, check] = commands(fenced('sh').find((text) => text.includes('--update-baseline'))!);
    const root = tree({ 'articles/a.md': DIRTY, 'articles/b.md': 'Fine.\n' });
    expect(runBin(argsOfNpx(record!), root).code).toBe(0);
    expect(runBin(argsOfNpx(check!), root).code).toBe(0);
    const example = JSON.parse(fenced('json').find((text) => text.includes('"findings"'))!) as { findings: object[] };
    const written = JSON.parse(readFileSync(join(root, '.unmangle-baseline.json'), 'utf8')) as { about: string; findings: object[] };
    expect({ ...example, findings: [written.findings[0]] }).toEqual({ ...written, findings: [written.findings[0]] });
    expect(example.findings[0]).toEqual(written.findings[0]);
    writeFileSync(join(root, 'articles/b.md'), 'Fine, the the end.\n');
    expect(runBin(argsOfNpx(check!), root)).toMatchObject({ code: 1, stdout: 'articles/b.md: 1 change\n' });
  });

  it('the cache figure comes from the script the README names', () => {
    expect(README).toMatch(/Measured with `npm run bench:cache`[\s\S]*?the first `--check --cache` took [\d.]+ s and the second [\d.]+ s/);
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['bench:cache']).toBe('tsx bench/cache.ts');
  });

  it('the Actions matrix: its shards together report what one run does', () => {
    const workflow = parse(block('.github/workflows/unmangle-shards.yml')) as { jobs: { check: { strategy: { matrix: { shard: number[] } }; steps: { run?: string }[] } } };
    const { strategy, steps } = workflow.jobs.check;
    const root = tree(ARCHIVE);
    const lines = strategy.matrix.shard.flatMap((shard) => {
      const command = steps.at(-1)!.run!.replace('${{ matrix.shard }}', String(shard)).replace(/ --format github/, ' --format json');
      return JSON.parse(runBin(argsOfNpx(command), root).stdout).files;
    });
    expect(lines.sort((a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1))).toEqual(WHOLE(root));
  });

  it('GNU parallel: the shards it starts, each written to its file, add up to one run', () => {
    const [command] = commands(fenced('sh').find((text) => text.startsWith('parallel '))!);
    const match = /^parallel --halt never '(.*)' ::: (.*)$/.exec(command!)!;
    const root = tree(ARCHIVE);
    // As parallel would: the quoted command once per argument, {} replaced by it.
    for (const k of match[2]!.split(' ')) sh(match[1]!.replaceAll('{}', k), root);
    const files = readdirSync(root).filter((name) => name.startsWith('shard-')).flatMap((name) => JSON.parse(readFileSync(join(root, name), 'utf8')).files);
    expect(files.sort((a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1))).toEqual(WHOLE(root));
  });

  it('the Kubernetes Indexed Job: one pod per shard, indexes from 0, adding up to one run', () => {
    const job = parse(block('k8s/unmangle-job.yaml')) as { spec: { completionMode: string; completions: number; parallelism: number; template: { spec: { containers: { command: string[]; workingDir: string }[] } } } };
    expect(job.spec.completionMode).toBe('Indexed');
    const [container] = job.spec.template.spec.containers;
    const script = container!.command[2]!;
    expect(script).toContain(`/${job.spec.completions} `);
    const root = tree({ ...ARCHIVE, 'results/.keep': '' });
    for (let index = 0; index < job.spec.completions; index++) expect(sh(script, root, { JOB_COMPLETION_INDEX: String(index) }).code).not.toBe(2);
    const files = readdirSync(join(root, 'results')).filter((name) => name.endsWith('.json')).flatMap((name) => JSON.parse(readFileSync(join(root, 'results', name), 'utf8')).files);
    expect(files).toHaveLength(30);
    expect(files.sort((a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1))).toEqual(WHOLE(root));
  });
});
