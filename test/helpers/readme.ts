import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** What the README tests share: its fenced blocks, its commands, and this build's bin to run them with. */
export const BIN = join(process.cwd(), 'bin/unmangle.js');
export const README = readFileSync('README.md', 'utf8');

/** The README's fenced yaml blocks whose first line is a comment naming the file: `# names.yaml — …`. */
export function namedBlocks(): { name: string; text: string }[] {
  return [...README.matchAll(/```yaml\n# ([\w./-]+)[^\n]*\n([\s\S]*?)```/g)].map((match) => ({ name: match[1]!, text: match[2]! }));
}

/** The README's fenced blocks of one language, each without its fences. */
export function fenced(language: string): string[] {
  return [...README.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

/** A shell block's commands: each line without its comment. */
export function commands(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim())
    .filter(Boolean);
}

/** `npx unmangle …` and `npx --yes unmangle …` would fetch the package; the tests run this build's bin instead. */
export function argsOfNpx(command: string): string[] {
  const match = /^npx (?:--yes )?unmangle (.*)$/.exec(command);
  if (!match) throw new Error(`not an npx unmangle command: ${command}`);
  return match[1]!.split(' ');
}

/** A shell command with every `npx [--yes] unmangle` (or a bare `unmangle`) made this build's bin. */
export function withThisBuild(command: string): string {
  return command.replace(/\bnpx (?:--yes )?unmangle\b|(?<![\w/.-])unmangle(?= )/g, `"${process.execPath}" "${BIN}"`);
}

export function runBin(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding these files. */
export function tree(files: Record<string, string>, prefix = 'unmangle-readme-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A scratch git repository holding these files, all staged, and a way to run git in it. */
export function stagedRepo(files: Record<string, string>, unstaged: Record<string, string> = {}): { root: string; git: (...args: string[]) => string } {
  const root = tree({});
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  for (const [path, content] of Object.entries({ ...files, ...unstaged })) writeFileSync(join(root, path), content);
  git('add', ...Object.keys(files));
  return { root, git };
}
