import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSrt } from '../helpers/subtitle-oracle.js';
import { ARTEFACTS, BIN, cliReport, cliWrite, drawn, dropFile, goTo, RUN_BROWSER_TESTS, nextResult, openBrowser, servePage, spliceInto, tabToReview, type CliChange, type ServedPage } from './browser.js';

const SEED_FILE = 'fixtures/el-salvador-prisoner-swap.txt';
const SEED = readFileSync(SEED_FILE, 'utf8');

/**
 * The review page in a real browser, driven as an editor would by keyboard: paste, read each change's
 * reason, decide, download, and the file is the CLI's with the same edits. Screenshots go to test-artefacts/.
 */
describe.skipIf(!RUN_BROWSER_TESTS)('the review page, in Chromium', () => {
  let context: BrowserContext;
  let served: ServedPage;

  beforeAll(async () => {
    [context, served] = await Promise.all([openBrowser(), servePage()]);
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await served?.server.close();
  });

  async function openPage(url = served.server.url): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(url);
    return page;
  }

  async function downloaded(page: Page): Promise<{ name: string; bytes: Buffer }> {
    const [file] = (await Promise.all([page.waitForEvent('download'), page.locator('#download').press('Enter')])) as [Download, void];
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  it('pasted, the seed shows every change of the CLI as <del>/<ins>, each with its fixer, rule, reason and confidence', async () => {
    const page = await openPage();
    await page.focus('#text');
    await page.keyboard.insertText(SEED);
    await page.evaluate('document.getElementById("text").scrollTop = 0');
    const { changes, suggestions } = cliReport(SEED_FILE);
    expect(await nextResult(page, 0)).toMatch(new RegExp(`in a Web Worker: ${changes.length} changes \\(${changes.length} applied\\), ${suggestions.length} suggestions \\(0 applied\\)`));
    const shown = JSON.parse((await page.evaluate(`JSON.stringify([...document.querySelectorAll('#review .item.change')].map((item) =>
      [item.querySelector(':scope > del')?.textContent ?? '', item.querySelector(':scope > ins')?.textContent ?? '']))`)) as string) as [string, string][];
    expect(shown).toEqual(changes.map((change) => [change.original, change.replacement]));
    expect(await page.locator('#review .item.suggestion.pending').count()).toBe(suggestions.length);

    // j walks through every item; the tooltip of each names its fixer and rule, gives the reason and the confidence.
    await tabToReview(page);
    await page.screenshot({ path: join(ARTEFACTS, 'page.png') });
    const tips: string[] = [];
    for (let i = 0; i < changes.length + suggestions.length; i++) {
      if (i > 0) await page.keyboard.press('j');
      tips.push((await page.textContent('#tip'))!);
    }
    for (const item of [...changes, ...suggestions]) {
      const tip = tips.find((text) => text.includes(item.message));
      expect(tip, item.message).toContain(`${item.fixer}/${item.rule}`);
      expect(tip).toContain(`confidence ${item.confidence.toFixed(2)}`);
    }
    await page.screenshot({ path: join(ARTEFACTS, 'seed-tooltip.png') });
    await page.close();
  }, 120_000);

  it('accept some, reject others by keyboard: the download and the copied text are the seed with those edits of the CLI', async () => {
    const page = await openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.server.url });
    await page.fill('#text', SEED);
    await nextResult(page, 0);
    await tabToReview(page);
    const announced = async (): Promise<string> => (await page.textContent('#announce'))!;
    // The first change, the repeated "warmly", and the Bukle the dash suggestion builds on: rejected.
    await goTo(page, /^change, applied: “Al Salvador” to “El Salvador”$/);
    await page.keyboard.press('n');
    expect(await announced()).toBe('Rejected the change “Al Salvador” → “El Salvador”.');
    await goTo(page, /^change, applied: “ warmly” to nothing$/);
    await page.keyboard.press('n');
    await goTo(page, /^change, applied: “Bukle” to “Bukele”$/);
    await page.keyboard.press('n');
    // a: every suggestion of the kind that can be; the one over the rejected Bukle cannot.
    await goTo(page, /^suggestion, pending: “swap -exchanged”/);
    await page.keyboard.press('a');
    expect(await announced()).toBe('Accepted 1 of kind spacing/stray-hyphen; 1 could not be, as they overlap or build on edits decided otherwise.');
    expect(await page.locator('#counts tr', { hasText: 'spacing' }).innerText()).toMatch(/spacing\s+1 of 1\s+1 of 2/);
    await page.screenshot({ path: join(ARTEFACTS, 'seed-decided.png') });

    const { changes, suggestions } = cliReport(SEED_FILE);
    expect(await page.textContent('#status')).toMatch(new RegExp(`: ${changes.length} changes \\(${changes.length - 3} applied\\), ${suggestions.length} suggestions \\(1 applied\\)\\.$`));
    const rejected = (change: CliChange): boolean =>
      change === changes[0] || change.original === ' warmly' || (change.original === 'Bukle' && change.replacement === 'Bukele');
    const chosen = [...changes.filter((change) => !rejected(change)), suggestions.find((suggestion) => suggestion.original === 'swap -exchanged')!];
    const expected = spliceInto(SEED, chosen);
    const { name, bytes } = await downloaded(page);
    expect(name).toBe('unmangled.txt');
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true);
    await page.locator('#copy').click();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(expected);
    await page.close();
  }, 120_000);

  it('a dropped SRT with a byte-order mark and CRLF comes back as unmangle --write writes it, and still parses with a cue removal rejected', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-page-'));
    const file = join(folder, 'interview.srt');
    const original = `\uFEFF${readFileSync('fixtures/interview.srt', 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(file, original);
    const page = await openPage();
    await dropFile(page, 'interview.srt', Buffer.from(original));
    expect(await nextResult(page, 0)).toMatch(/^Cleaned as srt/);

    const { name, bytes } = await downloaded(page);
    copyFileSync(file, join(folder, 'by-cli.srt'));
    cliWrite(join(folder, 'by-cli.srt'));
    expect(name).toBe('interview.srt');
    expect(bytes.equals(readFileSync(join(folder, 'by-cli.srt')))).toBe(true);

    await tabToReview(page);
    await goTo(page, /^change, applied: “3 00:00:06,100/);
    await page.keyboard.press('n');
    await page.screenshot({ path: join(ARTEFACTS, 'srt-cue-kept.png') });
    const kept = (await downloaded(page)).bytes;
    expect([...kept.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = kept.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const read = readSrt(text);
    expect(read.errors).toEqual([]);
    expect(read.cues).toHaveLength(readSrt(original).cues.length);
    // The cue numbers after the kept cue follow it: the renumbering went with the removal.
    const { changes } = cliReport(file);
    const removal = changes.find((change) => change.original.startsWith('3\r\n00:00:06,100'))!;
    expect(text).toBe(spliceInto(original, changes.filter((change) => change !== removal && change.rule !== 'renumber-cues')));
    await page.close();
  }, 120_000);

  it('a bad glossary shows its error with its line, as the CLI words it; fixed, it is used', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unmangle-page-'));
    const bad = 'El Salvador: [Al Salvador]\nCECOT: 5\n';
    writeFileSync(join(folder, 'names.yaml'), bad);
    const cli = spawnSync(process.execPath, [BIN, '-g', 'names.yaml'], { cwd: folder, input: 'Sikot.\n', encoding: 'utf8' });
    expect(cli.status).toBe(2);
    const page = await openPage();
    await page.fill('#text', 'They were sent to Sikot, the jail in Al Salvador.');
    await nextResult(page, 0);
    await page.locator('#glossary-box summary').press('Enter');
    const before = await drawn(page);
    await page.setInputFiles('#glossary-file', { name: 'names.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
    await nextResult(page, before);
    expect(`unmangle: ${await page.textContent('#glossary-error')}\n`).toBe(cli.stderr);
    expect(await page.textContent('#glossary-error')).toMatch(/^names\.yaml:2: /);
    expect(await page.getAttribute('#glossary', 'aria-invalid')).toBe('true');
    expect(await page.evaluate('(() => { const box = document.getElementById("glossary"); return box.value.slice(box.selectionStart, box.selectionEnd); })()')).toBe('CECOT: 5');
    expect(await page.textContent('#glossary-use')).toBe('names.yaml is not in use: it has an error.');
    await page.screenshot({ path: join(ARTEFACTS, 'glossary-error.png') });

    const fixing = await drawn(page);
    await page.fill('#glossary', 'CECOT: [Sikot]\n');
    await nextResult(page, fixing);
    expect(await page.textContent('#glossary-error')).toBe('');
    expect(await page.textContent('#glossary-use')).toBe('names.yaml: 1 name (CECOT), with the built-in country names.');
    expect(await page.locator('#review ins').allTextContents()).toEqual(['CECOT', 'El Salvador']);
    await page.close();
  }, 120_000);

  it('share makes a link whose fragment fills the page with the text and syntax on load', async () => {
    const page = await openPage();
    const markdown = '# Notes\n\nIt was was a honest mistake in `code code`.\n';
    await page.selectOption('#syntax', 'markdown');
    await page.fill('#text', markdown);
    await nextResult(page, 0);
    await page.locator('#share').click();
    const link = await page.inputValue('#share-url');
    expect(link.startsWith(`${served.server.url}#text=`)).toBe(true);
    const opened = await openPage(link);
    expect(await nextResult(opened, 0)).toMatch(/^Cleaned as markdown/);
    expect(await opened.inputValue('#text')).toBe(markdown);
    expect(await opened.inputValue('#syntax')).toBe('markdown');
    expect(await opened.locator('#review del').allTextContents()).toEqual([' was', 'a honest']);
    await Promise.all([page.close(), opened.close()]);
  }, 120_000);

  it('every control is reached with Tab and has a name for screen readers', async () => {
    const page = await openPage();
    await page.fill('#text', 'It was was a honest mistake.');
    await nextResult(page, 0);
    await page.locator('#glossary-box summary').click();
    await page.locator('#share').click();
    const reached = new Set<string>();
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      reached.add((await page.evaluate('(() => { const e = document.activeElement; return e.id || e.className || e.tagName; })()')) as string);
    }
    const controls = ['file', 'syntax', 'text', 'glossary-file', 'glossary', 'previous', 'next', 'accept', 'reject', 'accept-kind', 'reject-kind', 'fix-threshold', 'suggest-threshold', 'builtin-names', 'copy', 'download', 'share', 'share-url'];
    for (const id of controls) expect(reached, id).toContain(id);
    expect([...reached].some((name) => name.startsWith('item change'))).toBe(true);
    // A name from a <label>, aria-label or the control's own text; the items say what they change.
    const unnamed = await page.evaluate(`[...document.querySelectorAll('button, input, select, textarea, summary, .item')]
      .filter((e) => !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim())).map((e) => e.id || e.outerHTML)`);
    expect(unnamed).toEqual([]);
    expect(await page.getAttribute('#review .item', 'aria-label')).toBe('change, applied: “ was” to nothing');
    await page.close();
  }, 120_000);

  it('the worker, which holds the lexicon, was fetched once for every page of this browser: it is kept', () => {
    const workers = served.requests.filter((path) => /^\/worker-[A-Z0-9]{8}\.js$/.test(path));
    expect(served.requests.filter((path) => path === '/').length).toBeGreaterThan(3);
    expect(workers).toHaveLength(1);
  });
});
