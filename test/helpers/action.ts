import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BIN } from './readme.js';

/** The GitHub Action as the runner reads it, and its step run as the runner runs it. */
const ROOT = process.cwd();

export interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

export const ACTION = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>;
  runs: { using: string; steps: Step[] };
};
export const RUN_STEP = ACTION.runs.steps.find((step) => step.run)!;

/** The step's environment as GitHub would make it: each `${{ inputs.x }}` replaced by the input's value or default. */
function stepEnv(inputs: Record<string, string>): Record<string, string> {
  const value = (name: string): string => inputs[name] ?? ACTION.inputs[name]!.default;
  return Object.fromEntries(Object.entries(RUN_STEP.env!).map(([key, template]) => [key, template.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, name: string) => value(name))]));
}

/**
 * Run the action's step in `cwd` as the runner does: its `run` line in bash, the action's folder as
 * GITHUB_ACTION_PATH, this build instead of `npx unmangle@VERSION` unless `extraEnv` says otherwise.
 */
export function runAction(cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = { UNMANGLE_COMMAND: `${process.execPath} ${BIN}` }) {
  const env = { PATH: process.env['PATH']!, HOME: process.env['HOME'] ?? '/tmp', CI: 'true', GITHUB_ACTION_PATH: ROOT, ...stepEnv(inputs), ...extraEnv };
  const result = spawnSync('bash', ['-c', RUN_STEP.run!], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
