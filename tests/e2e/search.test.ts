/** Pagefind search in Chromium, against the built index: exact top results per query. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

let page: Page;

const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
  page = await (await site.browser.newContext()).newPage();
});

async function search(query: string): Promise<{ status: string; titles: string[] }> {
  await page.goto(`${site.server.url}search/?${query}`);
  await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    titles: await page.locator('.search-results h2').allTextContents(),
  };
}

describe('search', () => {
  it('finds an author’s papers first', async () => {
    const { titles } = await search('q=Lamport');
    expect(titles.slice(0, 3)).toEqual(['The Part-Time Parliament', 'Time, Clocks, and the Ordering of Events in a Distributed System', 'Paxos Made Simple']);
  });

  it('finds a paper by a word of its title, its own page first', async () => {
    const { titles } = await search('q=understandable');
    expect(titles[0]).toBe('In Search of an Understandable Consensus Algorithm');
  });

  it('finds a concept', async () => {
    const { status, titles } = await search('q=linearizability');
    expect(status).toBe('7 results for “linearizability”.');
    expect(titles.slice(0, 2)).toEqual(['Lab 4: Sharded KV', 'Lab 3: Fault-Tolerant Key-Value Service']);
  });

  it('narrows by phase', async () => {
    const { titles } = await search('q=consensus&phase=Advanced');
    expect(titles).toEqual([
      'There Is More Consensus in Egalitarian Parliaments',
      'Phase 4: Advanced',
      'Flexible Paxos: Quorum intersection revisited',
      'Calvin: Fast Distributed Transactions for Partitioned Database Systems',
      'The Part-Time Parliament',
    ]);
  });

  it('narrows by kind', async () => {
    const { titles } = await search('q=raft&kind=lab');
    expect(titles).toEqual(['Implement Raft From Scratch', 'Lab 2: Raft Consensus (2A/2B)', 'Lab 3: Fault-Tolerant Key-Value Service', 'Lab 4: Sharded KV', 'Labs']);
  });

  it('says when nothing matches', async () => {
    expect(await search('q=xyzzyqqq')).toEqual({ status: 'No results for “xyzzyqqq”.', titles: [] });
  });

  it('is reachable from the header box and the / key', async () => {
    await page.goto(`${site.server.url}papers/raft/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Dynamo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Dynamo/);
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    expect((await page.locator('.search-results h2').allTextContents())[0]).toBe('Dynamo: Amazon’s Highly Available Key-value Store'.replace('’', "'"));
  });

  it('lists every page without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.server.url}search/?q=raft`);
    expect(await plain.locator('[data-search-fallback] h2').textContent()).toBe('Index of pages');
    expect(await plain.locator('[data-search-fallback] a[href="/papers/raft/"]').count()).toBe(1);
    expect(await plain.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await plain.locator('[data-filters]').isVisible()).toBe(false);
    await context.close();
    // With script, the index never shows and the filters do.
    await search('q=raft');
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(false);
    expect(await page.locator('[data-filters]').isVisible()).toBe(true);
  });
});
