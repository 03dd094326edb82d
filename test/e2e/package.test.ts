import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What users install: `npm pack` makes the package, npm installs it into an empty project (dependencies
 * from the npm cache where it has them), and the installed command and library work there.
 */
describe('the npm package', () => {
  it('installs into an empty folder and runs there', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'unmangle-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', packDir, '--ignore-scripts'], { stdio: 'pipe' });
    const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz'))!);
    const project = mkdtempSync(join(tmpdir(), 'unmangle-install-'));
    writeFileSync(join(project, 'package.json'), '{"name": "try-unmangle", "version": "1.0.0", "type": "module"}\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });

    const bin = join(project, 'node_modules/.bin/unmangle');
    const cli = spawnSync(bin, [], { cwd: project, input: 'It was was a honest mistake.\n', encoding: 'utf8' });
    expect(cli.stdout).toBe('It was an honest mistake.\n');
    expect(cli.status).toBe(0);

    writeFileSync(join(project, 'use.js'), "import { unmangle } from 'unmangle';\nconsole.log(unmangle('Al Salvador said so.').output);\n");
    expect(execFileSync(process.execPath, ['use.js'], { cwd: project, encoding: 'utf8' })).toBe('El Salvador said so.\n');
  }, 120_000);
});
