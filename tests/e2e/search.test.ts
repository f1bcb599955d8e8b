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
    // His three papers, then the papers index, which lists all three.
    expect(titles.slice(0, 4)).toEqual(['Time, Clocks, and the Ordering of Events in a Distributed System', 'Paxos Made Simple', 'The Part-Time Parliament', 'Papers']);
  });

  it('finds a paper by a word of its title, its own page first', async () => {
    const { titles } = await search('q=understandable');
    expect(titles[0]).toBe('In Search of an Understandable Consensus Algorithm');
  });

  it('finds a concept', async () => {
    const { status, titles } = await search('q=linearizability');
    expect(status).toBe('15 results for “linearizability”.');
    expect(titles.slice(0, 3)).toEqual(['Success criteria', 'Lab 3: Fault-Tolerant Key-Value Service', 'Don\'t Settle for Eventual: Scalable Causal Consistency for Wide-Area Storage with COPS']);
  });

  it('narrows by phase', async () => {
    const { titles } = await search('q=consensus&phase=Advanced');
    expect(titles.slice(0, 4)).toEqual([
      'There Is More Consensus in Egalitarian Parliaments',
      'Design a global sequence number generator',
      'Design a distributed lock service',
      'Phase 4: Advanced',
    ]);
    expect(titles).toHaveLength(11);
  });

  it('narrows by kind', async () => {
    const { titles } = await search('q=raft&kind=lab');
    expect(titles).toEqual(['Implement Raft From Scratch', 'Lab 2: Raft Consensus (2A/2B)', 'Lab 4: Sharded KV', 'Lab 3: Fault-Tolerant Key-Value Service', 'Labs', '3-Broker Kafka Cluster']);
  });

  it('says when nothing matches', async () => {
    // Pagefind also matches an indexed word that begins the query (the guides' "x" and "z" for
    // "xyzzy" or "zzzzqq"), so the query is in a script no page is written in.
    expect(await search('q=жжжж')).toEqual({ status: 'No results for “жжжж”.', titles: [] });
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
