import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with the path sent exactly as written: fetch would tidy `..` away before it left. */
function get(url: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const request = httpRequest({ hostname, port, path, method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A folder to serve, with a secret beside it (outside) and a link inside that leads to it. */
function site(): { root: string; folder: string } {
  const folder = mkdtempSync(join(tmpdir(), 'unmangle-serve-'));
  const root = join(folder, 'site');
  mkdirSync(join(root, 'empty'), { recursive: true });
  writeFileSync(join(folder, 'secret.txt'), 'not for the web\n');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>\n');
  writeFileSync(join(root, 'page-AB12CD34.js'), 'console.log(1);\n');
  writeFileSync(join(root, 'style.css'), 'p {}\n');
  writeFileSync(join(root, 'data.bin'), 'x');
  symlinkSync(join(folder, 'secret.txt'), join(root, 'leak.txt'));
  return { root, folder };
}

/** `unmangle serve` in-process: resolves with its URL once it listens; `stop` ends it and gives the exit code. */
async function startServe(args: string[], cwd: string): Promise<{ url: string; stop: () => Promise<number>; err: string[] }> {
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let listening!: (line: string) => void;
  const line = new Promise<string>((resolve) => (listening = resolve));
  const io = fakeIo({}, '', { cwd, writeOut: (text) => listening(text) });
  const { serve } = await import('../../src/cli/serve.js');
  const code = serve(args, io, stopped);
  const url = await Promise.race([line.then((text) => /(http:\/\/\S+\/)/.exec(text)![1]!), code.then((exit) => Promise.reject(new Error(`exited ${exit}: ${io.err.join('')}`)))]);
  return { url, err: io.err, stop: () => (stop(), code) };
}

describe('unmangle serve', () => {
  it('serves the folder on loopback with the right types, and stops with code 0', async () => {
    const { root } = site();
    const served = await startServe(['--port', '0', 'site'], join(root, '..'));
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(served.url, '/');
    expect([page.status, page.headers['content-type'], page.body]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>page</title>\n']);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("connect-src 'none'");
    const script = await get(served.url, '/page-AB12CD34.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(served.url, '/style.css?v=1')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get(served.url, '/data.bin')).headers['content-type']).toBe('application/octet-stream');
    expect((await get(served.url, '/', 'HEAD')).body).toBe('');
    expect((await get(served.url, '/', 'POST')).status).toBe(405);
    expect((await get(served.url, '/empty/')).status).toBe(404);
    expect((await get(served.url, '/missing.js')).status).toBe(404);
    expect(await served.stop()).toBe(0);
    expect(served.err).toEqual([]);
  });

  it('refuses every way above the folder: .., encoded or not, a backslash, a NUL, a link that leads out', async () => {
    const { root } = site();
    const served = await startServe(['--port', '0', root], '/');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/empty/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/index.html%00', '/%E0%A4%A', '/leak.txt']) {
      const answer = await get(served.url, path);
      expect([path, answer.status]).toEqual([path, 403]);
      expect(answer.body).not.toContain('not for the web');
    }
    await served.stop();
  });

  it('answers 404 for dotfiles and dot-folders, even through a link, and the rest of the folder as before', async () => {
    const { root } = site();
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'config'), '[remote "origin"] secret\n');
    writeFileSync(join(root, '.env'), 'TOKEN=secret\n');
    mkdirSync(join(root, 'notes', '.private'), { recursive: true });
    writeFileSync(join(root, 'notes', '.private', 'a.txt'), 'secret\n');
    symlinkSync(join(root, '.env'), join(root, 'env.txt'));
    const served = await startServe(['--port', '0', root], '/');
    for (const path of ['/.git/config', '/.env', '/%2eenv', '/notes/.private/a.txt', '/.git/', '/env.txt']) {
      const answer = await get(served.url, path);
      expect([path, answer.status, answer.body.includes('secret')]).toEqual([path, 404, false]);
    }
    expect((await get(served.url, '/style.css')).status).toBe(200);
    await served.stop();
  });

  it('on loopback answers only requests addressed to loopback by name: a rebound domain is refused', async () => {
    const { root } = site();
    const served = await startServe(['--port', '0', root], '/');
    const { port } = new URL(served.url);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost:${Number(port) + 1}`]) {
      const answer = await get(served.url, '/', 'GET', { Host: host });
      expect([host, answer.status, answer.body.includes('<title>')]).toEqual([host, 421, false]);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect([host, (await get(served.url, '/', 'GET', { Host: host })).status]).toEqual([host, 200]);
    }
    await served.stop();
  });

  it('caches content-named files for a year only in the built page: a folder’s dated names may change', async () => {
    const { root } = site();
    writeFileSync(join(root, 'minutes-20250101.md'), '# Minutes\n');
    const served = await startServe(['--port', '0', root], '/');
    for (const path of ['/minutes-20250101.md', '/page-AB12CD34.js']) expect([path, (await get(served.url, path)).headers['cache-control']]).toEqual([path, 'no-cache']);
    await served.stop();
  });

  it('says why it cannot start: a port in use, a missing folder, a bad port', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    const io = fakeIo();
    expect(await main(['serve', '--port', String(port), '/'], io)).toBe(2);
    expect(io.err.join('')).toBe(`unmangle: serve: port ${port} is in use on 127.0.0.1: choose another with --port\n`);
    busy.close();
    const missing = fakeIo();
    expect(await main(['serve', 'no-such-folder'], missing)).toBe(2);
    expect(missing.err.join('')).toBe('unmangle: serve: no-such-folder: no such folder\n');
    const bad = fakeIo();
    expect(await main(['serve', '--port', '70000'], bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/expected a port number from 0 to 65535/);
    const help = fakeIo();
    expect(await main(['serve', '--help'], help)).toBe(0);
    expect(help.out.join('')).toMatch(/^Usage: unmangle serve \[options\] \[folder\]/);
  });

  it('from the command line serves the built page until Ctrl-C, then exits 0', async () => {
    const { line, stop } = await spawnServe(['--port', '0']);
    expect(line).toMatch(/^Serving the review page at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops it\)$/);
    const url = /(http:\S+\/)/.exec(line)![1]!;
    const page = await get(url, '/');
    expect(page.body).toContain('<title>unmangle: review the changes</title>');
    const script = /src="(page-[A-Z0-9]{8}\.js)"/.exec(page.body)![1]!;
    const served = await get(url, `/${script}`);
    // The build names its files by their content: those never change.
    expect([served.status, served.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    expect((await get(url, '/')).headers['cache-control']).toBe('no-cache');
    expect(await stop()).toBe(0);
  });

  it("the README's serve commands run as written (on a free port), and build:web is what the build runs", async () => {
    const block = /```sh\n(npx unmangle serve[\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1]!;
    const commands = block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(commands).toEqual(['npx unmangle serve', 'npx unmangle serve --port 3000', 'npm run build:web']);
    for (const command of commands.slice(0, 2)) {
      const { line, stop } = await spawnServe([...command.split(' ').slice(3), '--port', '0']);
      expect(line).toMatch(/^Serving the review page at /);
      expect(await stop()).toBe(0);
    }
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:web']).toBe('tsx scripts/build-web.ts');
    expect(scripts['build']).toMatch(/&& npm run build:web$/);
  });
});

/** `bin/unmangle.js serve …` as a user starts it: its first line, and Ctrl-C (SIGINT) that gives its exit code. */
async function spawnServe(args: string[]): Promise<{ line: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['bin/unmangle.js', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { line, stop: () => (child.kill('SIGINT'), exited) };
}
