import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

/**
 * A small static file server for the review page (`unmangle serve`): GET and HEAD of the files under one
 * folder, nothing above it (no `..`, no link that leads out), no dotfiles (`.git/`, `.env`), no listings,
 * the right MIME types. On loopback it answers only requests addressed to loopback by name, so a web page
 * whose domain is made to resolve to 127.0.0.1 (DNS rebinding) cannot read what is served.
 */
export interface StaticServer {
  /** `http://127.0.0.1:8080/`: where the page is. */
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  readonly root: string;
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /** The folder is the web build's, whose content-named files never change: they may be cached for a year. */
  readonly contentNamed?: boolean;
  /** Told of each response: its path and status (tests count what the browser asked for). */
  readonly onResponse?: (path: string, status: number) => void;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * How the web build names a file by its content (`worker-3KX7Q2AB.js`): in its folder only, since any
 * folder may hold `minutes-20250101.md`, which does change.
 */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** The same policy as the page's own: its files and nothing else, and no request out. */
const POLICY = "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

export async function startStaticServer({ root, host, port, contentNamed = false, onResponse }: StaticServerOptions): Promise<StaticServer> {
  const realRoot = await realpath(root);
  let hosts: ReadonlySet<string> | null = null;
  const server = createServer((request, response) => {
    if (hosts && !hosts.has((request.headers.host ?? '').toLowerCase())) {
      send(response, 421, 'unknown host: use the address unmangle serve printed\n');
      onResponse?.(request.url ?? '', 421);
      return;
    }
    respond(realRoot, request, response, contentNamed)
      .catch(() => send(response, 500, 'could not read the file\n'))
      .then((status) => onResponse?.(request.url ?? '', status), () => {});
  });
  await listen(server, host, port);
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  if (isLoopback(address.address)) hosts = loopbackHosts(shownHost, address.port);
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Whether an address is this machine's loopback (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** The Host headers a browser sends for a loopback server: by its address, `localhost`, 127.0.0.1 or [::1]. */
function loopbackHosts(shownHost: string, port: number): ReadonlySet<string> {
  const names = [shownHost, 'localhost', '127.0.0.1', '[::1]'];
  // Port 80 is the default: a browser leaves it out.
  return new Set(names.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])));
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse, contentNamed: boolean): Promise<number> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'only GET and HEAD\n', { Allow: 'GET, HEAD' });
  const file = await resolveFile(root, request.url ?? '/');
  if (typeof file === 'number') return send(response, file, file === 403 ? 'forbidden\n' : 'not found\n');
  const body = await readFile(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const cache = contentNamed && HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { ...HEADERS, 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': cache });
  response.end(request.method === 'HEAD' ? undefined : body);
  return 200;
}

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': POLICY, 'Referrer-Policy': 'no-referrer' };

function send(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): number {
  response.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  response.end(text);
  return status;
}

/**
 * The file a URL path names under `root`, or the status to refuse it with: 403 for a path that tries to go
 * above the root (a `..` segment, encoded or not, a backslash, a NUL, a link leading out); 404 for one
 * through a dotfile or dot-folder (`.git/config`, `.env`: a folder's secrets, never the page's), and
 * otherwise. A folder stands for its index.html.
 */
async function resolveFile(root: string, url: string): Promise<string | number> {
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/, 1)[0]!);
  } catch {
    return 403;
  }
  const segments = path.split('/');
  if (!path.startsWith('/') || path.includes('\\') || path.includes('\0') || segments.some((segment) => segment === '..')) return 403;
  if (segments.some((segment) => segment.startsWith('.'))) return 404;
  let file = join(root, ...segments);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const real = await realpath(file);
    if (real !== root && !real.startsWith(root + sep)) return 403;
    // A link may lead to a dotfile of the folder too.
    if (relative(root, real).split(sep).some((segment) => segment.startsWith('.'))) return 404;
    return (await stat(real)).isFile() ? real : 404;
  } catch {
    return 404;
  }
}
