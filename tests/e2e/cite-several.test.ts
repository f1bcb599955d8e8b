/** "Cite several" on /bibliography/: the downloaded file holds exactly the ticked works, read by a real BibTeX parser. */
import { parse } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

let context: BrowserContext;
let page: Page;
const site = useSiteInChromium();

beforeAll(() => assertBuilt());
beforeEach(async () => {
  context = await site.browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterEach(async () => context.close());

/** Clicks a download button and returns the file's name and text. */
async function download(name: string): Promise<{ file: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { file: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The key of a work's own .bib file, as the site wrote it. */
const keyOf = (path: string) => parse(readDist(path)).entries[0]!.key;

describe('cite several', () => {
  it('downloads exactly the ticked works as BibTeX, RIS and CSL-JSON', async () => {
    await page.goto(`${site.server.url}bibliography/`);
    await page.getByRole('checkbox', { name: 'Cite Raft' }).check();
    await page.getByRole('checkbox', { name: 'Cite DDIA' }).check();
    await page.getByRole('checkbox', { name: 'Cite MapReduce' }).check();
    expect(await page.getByRole('status').textContent()).toBe('3 works selected.');
    const wanted = [keyOf('papers/mapreduce.bib'), keyOf('books/ddia.bib'), keyOf('papers/raft.bib')].sort();

    const bib = await download('Download BibTeX');
    expect(bib.file).toBe('ds-roadmap-selection.bib');
    const parsed = parse(bib.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.key).sort()).toEqual(wanted);
    // Each entry is the one the work's own .bib file has, byte for byte.
    expect(bib.text).toContain(readDist('papers/raft.bib').split('\n\n').at(-1)!.trim());

    const ris = await download('Download RIS');
    expect(ris.text.match(/^TY {2}- /gm)).toHaveLength(3);
    const json = await download('Download CSL-JSON');
    expect((JSON.parse(json.text) as { id: string }[]).map((item) => item.id).sort()).toEqual(wanted);
    expect(await page.getByRole('status').textContent()).toBe('Downloaded 3 works as json.');
  });

  it('selects the papers read, and refuses to download nothing', async () => {
    await page.goto(`${site.server.url}papers/paxos-made-simple/`);
    await page.getByLabel('I have read this paper').check();
    await page.goto(`${site.server.url}bibliography/`);
    await page.getByRole('button', { name: 'Select the papers I have read' }).click();
    expect(await page.locator('input[data-cite-select]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(['paxos-made-simple']);
    await page.getByRole('button', { name: 'Select none' }).click();
    await page.getByRole('button', { name: 'Download BibTeX' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Tick at least one work first.');
  });
});
