/** Progress tracking in Chromium: ticks survive reloads; export, clear and import round-trip; bad files change nothing. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const KEY = 'ds-roadmap-progress/v1@/';
let context: BrowserContext;
let page: Page;

const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
  mkdirSync('test-results/progress', { recursive: true });
});
beforeEach(async () => {
  context = await site.browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterEach(async () => context.close());

const stored = () => page.evaluate((key) => localStorage.getItem(key), KEY);
/** The text of an element once the (asynchronous) file handling has written it. */
async function textOf(selector: string): Promise<string> {
  await page.waitForFunction((sel) => (document.querySelector(sel)?.textContent ?? '') !== '', selector);
  return (await page.locator(selector).textContent()) ?? '';
}

describe('progress', () => {
  it('keeps a ticked paper ticked after a reload, and counts it on the phase page', async () => {
    await page.goto(`${site.server.url}papers/raft/`);
    const box = page.getByLabel('I have read this paper');
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    await page.reload();
    expect(await page.getByLabel('I have read this paper').isChecked()).toBe(true);
    expect(Object.keys(JSON.parse((await stored())!))).toEqual(['paper:raft']);

    await page.goto(`${site.server.url}phases/core-algorithms/`);
    expect(await page.locator('[data-progress-phase] [data-progress-text]').textContent()).toBe('1 of 21 done');
  });

  it('ticks criteria by their own text and shows the next paper to read', async () => {
    await page.goto(`${site.server.url}criteria/`);
    await page.getByLabel('Done: Lab 4 (sharded KV) passes all tests').check();
    await page.goto(`${site.server.url}reading-order/`);
    await page.locator('[data-paper="lamport-clocks"]').getByLabel('Read').check();
    await page.goto(`${site.server.url}`);
    expect(await page.locator('[data-next-up]').textContent()).toContain('Next up: Impossibility of Distributed Consensus with One Faulty Process');
    expect(Object.keys(JSON.parse((await stored())!)).sort()).toEqual(['criterion:core-lab-4-passes', 'paper:lamport-clocks']);
  });

  it('exports, clears and imports progress back', async () => {
    await page.goto(`${site.server.url}labs/kafka-cluster/`);
    await page.getByLabel('I have done this lab').check();
    await page.goto(`${site.server.url}progress/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress to a file' }).click()]);
    const file = 'test-results/progress/export.json';
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; items: Record<string, unknown> };
    expect([exported.format, exported.version, Object.keys(exported.items)]).toEqual(['ds-roadmap-progress', 1, ['lab:kafka-cluster']]);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear all progress' }).click();
    expect(await stored()).toBe('{}');

    await page.getByLabel('File exported from this site (.json)').setInputFiles(file);
    expect(await textOf('[data-preview]')).toBe('Importing will tick 1, untick 0 and keep 0 items.');
    await page.getByRole('button', { name: 'Import' }).click();
    expect(await page.locator('[data-status]').textContent()).toBe('Imported: 1 ticked, 0 unticked, 0 kept.');
    expect(Object.keys(JSON.parse((await stored())!))).toEqual(['lab:kafka-cluster']);
  });

  it('refuses a malformed file and a file from a future version, changing nothing', async () => {
    await page.goto(`${site.server.url}papers/gfs/`);
    await page.getByLabel('I have read this paper').check();
    const before = await stored();
    await page.goto(`${site.server.url}progress/`);

    writeFileSync('test-results/progress/broken.json', '{"format": "ds-roadmap-progress", "version": 1, "items": ');
    await page.getByLabel('File exported from this site (.json)').setInputFiles('test-results/progress/broken.json');
    expect(await textOf('[data-status]')).toBe('This file is not a progress export: it is not valid JSON.');
    expect(await page.getByRole('button', { name: 'Import' }).isVisible()).toBe(false);

    writeFileSync('test-results/progress/future.json', JSON.stringify({ format: 'ds-roadmap-progress', version: 2, exportedAt: '2030-01-01T00:00:00Z', items: {} }));
    await page.getByLabel('File exported from this site (.json)').setInputFiles('test-results/progress/future.json');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('newer version'));
    expect(await page.locator('[data-status]').textContent()).toBe(
      'This file was exported by a newer version of the site (format version 2); this page reads version 1. Nothing was changed.',
    );
    expect(await stored()).toBe(before);
  });

  it('gives every item of the whole schedule one box, ticked as stored (boxes are added a slice at a time)', async () => {
    await page.addInitScript((key) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ 'paper:raft': { at: '2026-11-02T10:00:00.000Z' }, 'project:distributed-database-2pc': { at: '2026-11-02T10:00:00.000Z' } }));
    }, KEY);
    await page.goto(`${site.server.url}schedule/`);
    const items = await page.locator('[data-progress]').count();
    await page.waitForFunction((count) => document.querySelectorAll('input[data-progress-box]').length === count, items);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-progress]')].map((item) => ({ key: item.dataset.progress!, boxes: item.querySelectorAll('input[data-progress-box]').length, checked: item.querySelector<HTMLInputElement>('input[data-progress-box]')!.checked })),
    );
    expect(boxes.filter((item) => item.boxes !== 1)).toEqual([]);
    expect(new Set(boxes.filter((item) => item.checked).map((item) => item.key))).toEqual(new Set(['paper:raft', 'project:distributed-database-2pc']));
    expect(boxes.filter((item) => item.key === 'project:distributed-database-2pc').every((item) => item.checked)).toBe(true);
    expect(boxes.filter((item) => item.key === 'paper:raft').length).toBeGreaterThan(0);
    // Each box is named after its item's title, linked or not, without the hours, parts and notes beside it.
    expect(await page.locator('#week-9 [data-progress="paper:raft"] input').getAttribute('aria-label')).toBe('Done: Read “In Search of an Understandable Consensus Algorithm” (Raft, 2014, medium)');
    expect(await page.locator('#week-12 .kind-checkpoint input').first().getAttribute('aria-label')).toBe('Done: Check: MIT 6.824 Labs 1, 2A, 2B, 3 all pass their test suites');
  });

  it('shows no controls without JavaScript', async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${site.server.url}papers/raft/`);
    expect(await p.locator('input[type=checkbox]').count()).toBe(0);
    await p.goto(`${site.server.url}progress/`);
    expect(await p.locator('[data-needs-js]').isVisible()).toBe(true);
    expect(await p.locator('[data-progress-manager]').isVisible()).toBe(false);
    await plain.close();
  });

  it('moves progress to another browser with a progress link, previewed before it changes anything', async () => {
    await page.goto(`${site.server.url}papers/raft/`);
    await page.getByLabel('I have read this paper').check();
    await page.goto(`${site.server.url}progress/`);
    expect(await textOf('[data-export-reminder]')).toBe('Not exported yet: 1 ticked item.');
    await page.getByRole('button', { name: 'Make a progress link' }).click();
    // The link is compressed asynchronously (CompressionStream): wait for it to be filled in.
    await expect.poll(() => page.getByLabel('Progress link').inputValue()).not.toBe('');
    const link = await page.getByLabel('Progress link').inputValue();
    expect(link).toMatch(new RegExp(`^${site.server.url}progress/#progress=[A-Za-z0-9_-]+$`));

    // Another browser, with progress of its own.
    const other = await site.browser.newContext();
    const second = await other.newPage();
    const requests: string[] = [];
    second.on('request', (request) => requests.push(request.url()));
    await second.goto(`${site.server.url}papers/gfs/`);
    await second.getByLabel('I have read this paper').check();
    await second.goto(link);
    await second.waitForFunction(() => (document.querySelector('[data-preview]')?.textContent ?? '') !== '');
    expect(await second.locator('[data-status]').textContent()).toBe('This progress link holds 1 ticked items.');
    expect(await second.locator('[data-preview]').textContent()).toBe('Importing will tick 1, untick 0 and keep 1 items.');
    expect(new URL(second.url()).hash).toBe('');
    expect(Object.keys(JSON.parse((await second.evaluate((key) => localStorage.getItem(key), KEY))!))).toEqual(['paper:gfs']);
    await second.getByRole('button', { name: 'Import' }).click();
    expect(Object.keys(JSON.parse((await second.evaluate((key) => localStorage.getItem(key), KEY))!)).sort()).toEqual(['paper:gfs', 'paper:raft']);
    // The state never went to the server: no request carried it.
    expect(requests.filter((url) => url.includes('progress='))).toEqual([]);
    await other.close();
  });

  it('refuses damaged, foreign and oversized links and files, changing nothing and saying why', async () => {
    await page.goto(`${site.server.url}papers/gfs/`);
    await page.getByLabel('I have read this paper').check();
    const before = await stored();
    const reasons: string[] = [];
    const tryLink = async (fragment: string) => {
      await page.goto('about:blank');
      await page.goto(`${site.server.url}progress/#${fragment}`);
      reasons.push(await textOf('[data-status]'));
      expect(await page.getByRole('button', { name: 'Import' }).isVisible()).toBe(false);
    };
    // A link made of a future version's file and one whose item name holds markup, compressed as the site does.
    const linkOf = (file: unknown) => page.evaluate(async (text) => {
      const bytes = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return `progress=${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    }, JSON.stringify(file));
    await page.goto(`${site.server.url}progress/`);
    const future = await linkOf({ format: 'ds-roadmap-progress', version: 2, exportedAt: '2030-01-01T00:00:00Z', items: {} });
    const markup = await linkOf({ format: 'ds-roadmap-progress', version: 1, exportedAt: '2030-01-01T00:00:00Z', items: { 'paper:<script>alert(1)</script>': { at: '2030-01-01T00:00:00Z' } } });
    await tryLink(future.slice(0, 29));
    await tryLink(future);
    await tryLink(markup);
    expect(reasons).toEqual([
      'This progress link is damaged or cut short: it does not unpack. Copy the whole link again. Nothing was changed.',
      'This progress link was exported by a newer version of the site (format version 2); this page reads version 1. Nothing was changed.',
      'This progress link is damaged (items.paper:<script>alert(1)</script>: is not an item id such as "paper:raft"). Nothing was changed.',
    ]);
    expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);

    await page.getByLabel('File exported from this site (.json)').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 32) });
    expect(await textOf('[data-status]')).toBe('This file is 5.0 MB, far more than any progress export. Nothing was changed.');
    expect(await stored()).toBe(before);
  });
});
