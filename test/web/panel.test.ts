import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unmangle } from '../../src/index.js';
import { ARTEFACTS, BIN, browserForTests, drawn, nextResult, openReviewPage, RUN_BROWSER_TESTS } from './browser.js';

const SEED = readFileSync('fixtures/el-salvador-prisoner-swap.txt', 'utf8');

/** The page around the review, in a real browser: the glossary, the thresholds, shared links, keyboard reach. */
describe.skipIf(!RUN_BROWSER_TESTS)('the review page\'s panel and inputs, in Chromium', () => {
  const browser = browserForTests();
  const openPage = (url?: string): Promise<Page> => openReviewPage(browser, url);

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

  it('a threshold changed in the panel cleans again as the library does with it; one outside 0 to 1 is refused', async () => {
    const page = await openPage();
    await page.fill('#text', SEED);
    await nextResult(page, 0);
    const before = await drawn(page);
    await page.fill('#fix-threshold', '0.92');
    await page.keyboard.press('Tab');
    const { changes, suggestions } = unmangle(SEED, { fixThreshold: 0.92 });
    expect(changes.length).toBeLessThan(unmangle(SEED).changes.length);
    expect(await nextResult(page, before)).toMatch(new RegExp(`: ${changes.length} changes \\(${changes.length} applied\\), ${suggestions.length} suggestions`));
    const refused = await drawn(page);
    await page.fill('#fix-threshold', '2');
    await page.keyboard.press('Tab');
    expect(await nextResult(page, refused)).toBe('Fix from confidence must be a number from 0 to 1: nothing was cleaned.');
    expect(await page.getAttribute('#fix-threshold', 'aria-invalid')).toBe('true');
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
    expect(link.startsWith(`${browser.served.server.url}#text=`)).toBe(true);
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
});
