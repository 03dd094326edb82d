import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, RUN_STEP, runAction } from '../helpers/action.js';
import { tree } from '../helpers/readme.js';
import { validateSarif } from '../helpers/schemas.js';

const ANNOTATION = /^::(warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=unmangle\/[\w-]+::/;

describe('the GitHub Action', () => {
  it('is a composite action with the inputs paths, glossary, args, version and sarif, each passed to its script', () => {
    expect(ACTION.runs.using).toBe('composite');
    expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'glossary', 'args', 'version', 'sarif']);
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(RUN_STEP.env![`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(RUN_STEP.run).toBe('bash "$GITHUB_ACTION_PATH/action/run.sh"');
    const upload = ACTION.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect([upload.if, upload.with!['sarif_file']]).toEqual(["${{ inputs.sarif != '' }}", '${{ inputs.sarif }}']);
  });

  it('annotates each finding, with the glossary given, and fails on findings', () => {
    const root = tree({ 'articles/a.md': 'It was was a honest mistake at the Sikot jail.\n', 'articles/b.txt': 'Fine.\n', 'names.yaml': 'CECOT: [Sikot]\n' });
    const { code, stdout, stderr } = runAction(root, { paths: 'articles', glossary: 'names.yaml' });
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.every((line) => ANNOTATION.test(line))).toBe(true);
    expect(lines.map((line) => /title=unmangle\/([\w-]+)/.exec(line)![1])).toEqual(['repeated-phrase', 'article', 'names']);
    expect(stderr).toBe('1 of 2 files would change; run with --write to fix\n');
  });

  it('passes args on, and succeeds when nothing is found', () => {
    const root = tree({ 'a.txt': 'It was was late.\n', 'b.txt': 'Fine.\n' });
    expect(runAction(root, { args: '--skip repeated-phrase' })).toEqual({ code: 0, stdout: '', stderr: '2 files checked: nothing to change\n' });
    expect(runAction(root, { paths: 'b.txt\n  a.txt' }).code).toBe(1);
  });

  it('with sarif, writes a valid SARIF log for the upload step and does not fail on findings; an error still fails', () => {
    const root = tree({ 'a.txt': 'It was was late.\n' });
    const { code, stdout } = runAction(root, { sarif: 'unmangle.sarif' });
    expect([code, stdout]).toEqual([0, '']);
    const log = JSON.parse(readFileSync(join(root, 'unmangle.sarif'), 'utf8'));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['repeated-phrase/repeated-word']);
    expect(runAction(root, { sarif: 'unmangle.sarif', paths: 'missing.txt' }).code).toBe(2);
  });

  it('runs the version asked for through npx (a stand-in npx here, since npm is not reached)', () => {
    const root = tree({ 'bin/npx': '#!/bin/sh\nprintf "%s\\n" "$@"\n' });
    chmodSync(join(root, 'bin/npx'), 0o755);
    const { stdout } = runAction(root, { version: '1.2.3', glossary: 'a.yaml b.yaml' }, { PATH: `${join(root, 'bin')}:${process.env['PATH']}` });
    expect(stdout.split('\n').filter(Boolean)).toEqual(['--yes', 'unmangle@1.2.3', '--check', '--glossary', 'a.yaml', '--glossary', 'b.yaml', '--format', 'github', '--', '.']);
  });
});
