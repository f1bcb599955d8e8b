/** The site built under BASE_PATH=/study/ works end to end when served from /study/. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist.ts';
import { brokenLinks } from '../support/links.ts';
import { useSiteInChromium } from '../support/site.ts';

const STUDY = resolve('test-results/build-study');

const site = useSiteInChromium(STUDY, '/study/');

beforeAll(async () => {
  if (!existsSync(join(STUDY, 'index.html'))) throw new Error('test-results/build-study is missing: run `npm test`, which builds it.');
});

describe('a build under /study/', () => {
  it('links only inside /study/, to files that exist', () => {
    const pages = distFiles(STUDY).filter((file) => file.endsWith('.html'));
    expect(brokenLinks(STUDY, pages, '/study/')).toEqual([]);
    expect(readFileSync(join(STUDY, 'robots.txt'), 'utf8')).toContain('Sitemap: https://ds-roadmap.example.org/study/sitemap.xml');
    expect(readFileSync(join(STUDY, 'sitemap.xml'), 'utf8')).toContain('<loc>https://ds-roadmap.example.org/study/papers/raft/</loc>');
  });

  it('navigates, searches and tracks progress with no failed request', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    // A request cut short by the next navigation (ERR_ABORTED) is not a failure.
    page.on('requestfailed', (request) => {
      if (!request.failure()?.errorText.includes('ERR_ABORTED')) failures.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.server.url}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers' }).click();
    expect(new URL(page.url()).pathname).toBe('/study/papers/');
    await page.getByRole('link', { name: 'Raft', exact: true }).first().click();
    expect(new URL(page.url()).pathname).toBe('/study/papers/raft/');
    await page.getByLabel('I have read this paper').check();

    await page.getByRole('searchbox', { name: 'Search' }).fill('Spanner');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    const first = page.locator('.search-results h2 a').first();
    expect(await first.getAttribute('href')).toBe('/study/papers/spanner/');
    await first.click();
    expect(await page.locator('h1').textContent()).toBe("Spanner: Google's Globally-Distributed Database");

    await page.goto(`${site.server.url}phases/core-algorithms/`);
    expect(await page.locator('[data-progress-text]').textContent()).toBe('1 of 21 done');
    expect(failures).toEqual([]);
    await context.close();
  });
});
