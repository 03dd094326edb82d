import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSrt } from '../helpers/subtitle-oracle.js';
import { ARTEFACTS, browserForTests, cliReport, cliWrite, downloaded, dropFile, goTo, nextResult, openReviewPage, RUN_BROWSER_TESTS, spliceInto, tabToReview, type CliChange } from './browser.js';

const SEED_FILE = 'fixtures/el-salvador-prisoner-swap.txt';
const SEED = readFileSync(SEED_FILE, 'utf8');

/**
 * The review page in a real browser, driven as an editor would by keyboard: paste, read each change's
 * reason, decide, download, and the file is the CLI's with the same edits. Screenshots go to test-artefacts/.
 */
describe.skipIf(!RUN_BROWSER_TESTS)('the review page, in Chromium', () => {
  const browser = browserForTests();
  const openPage = (url?: string): Promise<Page> => openReviewPage(browser, url);

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
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.served.server.url });
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

  it('the worker, which holds the lexicon, was fetched once for every page of this browser: it is kept', () => {
    const workers = browser.served.requests.filter((path) => /^\/worker-[A-Z0-9]{8}\.js$/.test(path));
    expect(browser.served.requests.filter((path) => path === '/').length).toBe(3);
    expect(workers).toHaveLength(1);
  });
});
