import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../src/node/bundle-loader.js';

const LINE = 'It was was a honest mistake.\n';
const FIXED = 'It was an honest mistake.\n';
/** The loader as built, as bin/unmangle.js imports it. */
const LOADER = pathToFileURL(resolve('dist/node/bundle-loader.js')).href;
const BUILT = resolve('dist/bundle');

/** A copy of the built bundle with no code cache, beside the data and package.json it reads. */
function bundleWithoutCache(): string {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-bundle-'));
  const folder = join(root, 'dist/bundle');
  mkdirSync(folder, { recursive: true });
  for (const file of ['unmangle.cjs', 'manifest.json']) copyFileSync(resolve('dist/bundle', file), join(folder, file));
  symlinkSync(resolve('dist/data'), join(root, 'dist/data'));
  copyFileSync('package.json', join(root, 'package.json'));
  return folder;
}

/** One line on stdin through the bundle in `folder`, as bin/unmangle.js runs it, node started with `flags`. */
function runFrom(folder: string, flags: string[] = []) {
  const program = `import { runBundle } from ${JSON.stringify(LOADER)}; runBundle('runCli', ${JSON.stringify(`${folder}/`)});`;
  return spawnSync(process.execPath, [...flags, '--input-type=module', '-e', program], { input: LINE, encoding: 'utf8' });
}

const caches = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.cache'));

describe('the bundle’s code cache', () => {
  it('is made by the build, and V8 takes it', () => {
    expect(compileBundle(BUILT)).toMatchObject({ cached: true, refused: false });
  });

  it('is written by a run that finds none, and taken by the next', () => {
    const folder = bundleWithoutCache();
    expect(compileBundle(folder)).toMatchObject({ cached: false, refused: false });
    const run = runFrom(folder);
    expect([run.stdout, run.stderr]).toEqual([FIXED, '']);
    expect(caches(folder)).toHaveLength(1);
    expect(compileBundle(folder)).toMatchObject({ cached: true, refused: false });
  });

  it('is left as it is when V8 refuses it (other flags), and the run is the same', () => {
    const folder = bundleWithoutCache();
    runFrom(folder);
    const [cache] = caches(folder);
    const before = readFileSync(join(folder, cache!));
    const asked = `import { compileBundle } from ${JSON.stringify(LOADER)}; console.log(compileBundle(${JSON.stringify(folder)}).refused);`;
    expect(spawnSync(process.execPath, ['--no-opt', '--input-type=module', '-e', asked], { encoding: 'utf8' }).stdout).toBe('true\n');
    const run = runFrom(folder, ['--no-opt']);
    expect([run.stdout, run.stderr]).toEqual([FIXED, '']);
    expect(caches(folder)).toEqual([cache]);
    expect(readFileSync(join(folder, cache!)).equals(before)).toBe(true);
  });

  it('is named by the bundle’s hash: a rebuilt bundle never takes an old one', () => {
    const { sha256 } = JSON.parse(readFileSync('dist/bundle/manifest.json', 'utf8')) as { sha256: string };
    expect(caches(BUILT)).toContain(`${sha256.slice(0, 16)}-node${process.version}-${process.arch}.cache`);
  });
});
