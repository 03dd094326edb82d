import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';
import { startStaticServer, type StaticServer } from '../../src/node/static-server.js';

/**
 * What the page's tests share: Debian's Chromium (never a browser an npm script downloaded), the page
 * built fresh and served from loopback, and ways to wait on the page's own signs instead of sleeping.
 */
export const CHROMIUM = process.env['UNMANGLE_CHROMIUM'] ?? '/usr/bin/chromium';
/** Without Chromium the browser tests are skipped, and say so; in CI (.ci/run installs it) they fail instead. */
export const RUN_BROWSER_TESTS = existsSync(CHROMIUM) || Boolean(process.env['CI']);
export const ARTEFACTS = join(process.cwd(), 'test-artefacts/web');
export const BIN = join(process.cwd(), 'bin/unmangle.js');

if (!RUN_BROWSER_TESTS) {
  console.log(`browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set UNMANGLE_CHROMIUM)`);
}

/** The machine has no network: without these flags Chromium waits on it. A new, empty profile each time. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function openBrowser(): Promise<BrowserContext> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'unmangle-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
}

export interface ServedPage {
  readonly server: StaticServer;
  /** Every path the browser asked for, in order. */
  readonly requests: string[];
}

async function servePage(): Promise<ServedPage> {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-web-'));
  await buildWeb(root);
  const requests: string[] = [];
  // A web build: its content-named files are cached as `unmangle serve` caches the package's own.
  const server = await startStaticServer({ root, host: '127.0.0.1', port: 0, contentNamed: true, onResponse: (path) => requests.push(path) });
  return { server, requests };
}

/** A browser and the page's server for the tests of one describe block: opened before them, closed after. */
export function browserForTests(): { readonly context: BrowserContext; readonly served: ServedPage } {
  const opened = {} as { context: BrowserContext; served: ServedPage };
  beforeAll(async () => {
    [opened.context, opened.served] = await Promise.all([openBrowser(), servePage()]);
  }, 120_000);
  afterAll(async () => {
    await opened.context?.close();
    await opened.served?.server.close();
  });
  return opened;
}

/** A new tab on the page (or on `url`), whose errors are printed. */
export async function openReviewPage(browser: { readonly context: BrowserContext; readonly served: ServedPage }, url = browser.served.server.url): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Press the Download button (by keyboard) and take the file the browser saved. */
export async function downloaded(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent('download'), page.locator('#download').press('Enter')])) as [Download, void];
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** How many results the page has drawn: it counts them on the review element. */
export async function drawn(page: Page): Promise<number> {
  return Number(await page.getAttribute('#review', 'data-generation'));
}

/** Wait until the page has drawn a result after `before`, then give its status line. */
export async function nextResult(page: Page, before: number): Promise<string> {
  await page.waitForSelector(`#review[aria-busy="false"]:not([data-generation="${before}"])`, { state: 'attached', timeout: 120_000 });
  return (await page.textContent('#status'))!;
}

/** Drop a file on the page, as from a file manager: a DataTransfer holding it, in a drop event on the body. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = `(() => { const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer(); transfer.items.add(new File([bytes], ${JSON.stringify(name)})); return transfer; })()`;
  await page.dispatchEvent('body', 'drop', { dataTransfer: await page.evaluateHandle(transfer) });
}

/** The label of the focused element, or null. */
export async function focusedLabel(page: Page): Promise<string | null> {
  return (await page.evaluate('document.activeElement?.getAttribute("aria-label") ?? null')) as string | null;
}

/** The focused item, or the first after it (pressing j) whose label matches; its label. */
export async function goTo(page: Page, label: RegExp): Promise<string> {
  for (let presses = 0; presses < 200; presses++) {
    const focused = await focusedLabel(page);
    if (focused !== null && label.test(focused)) return focused;
    await page.keyboard.press('j');
  }
  throw new Error(`no item labelled ${label}`);
}

/** Press Tab until an item of the review has the focus: the review is reachable by keyboard. */
export async function tabToReview(page: Page): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate('document.activeElement?.classList.contains("item") === true')) return;
  }
  throw new Error('Tab never reached the review');
}

/** The CLI's report of a file: its changes and suggestions, as `--format json` gives them. */
export interface CliChange {
  readonly offset: number;
  readonly length: number;
  readonly original: string;
  readonly replacement: string;
  readonly fixer: string;
  readonly rule: string;
  readonly message: string;
  readonly confidence: number;
}

export function cliReport(path: string): { changes: CliChange[]; suggestions: CliChange[] } {
  const run = spawnSync(process.execPath, [BIN, '--format', 'json', path], { encoding: 'utf8' });
  return (JSON.parse(run.stdout) as { files: { changes: CliChange[]; suggestions: CliChange[] }[] }).files[0]!;
}

/** The CLI's own edit of a copy of a file: its bytes after `unmangle --write`. */
export function cliWrite(path: string): void {
  const run = spawnSync(process.execPath, [BIN, '--write', '--quiet', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

/** Edits spliced into a text, written here apart from the page's own splice so one cannot hide the other's bug. */
export function spliceInto(text: string, edits: readonly CliChange[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, edit.offset) + edit.replacement + out.slice(edit.offset + edit.length);
  return out;
}
