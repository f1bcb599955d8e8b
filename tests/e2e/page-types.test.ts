/**
 * Every page type in Chromium: loads with no console errors and no failed requests, shows its
 * one <h1>, works without JavaScript, and is kept as a screenshot in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const pageTypes: { name: string; path: string; h1: string }[] = [
  { name: 'home', path: '', h1: 'Distributed Systems Engineer Learning Roadmap' },
  { name: 'phases', path: 'phases/', h1: 'Phases' },
  { name: 'phase', path: 'phases/core-algorithms/', h1: 'Phase 2: Core Algorithms' },
  { name: 'papers', path: 'papers/', h1: 'Papers' },
  { name: 'paper', path: 'papers/raft/', h1: 'In Search of an Understandable Consensus Algorithm' },
  { name: 'labs', path: 'labs/', h1: 'Labs' },
  { name: 'lab', path: 'labs/mit-6824-lab-2-raft/', h1: 'Lab 2: Raft Consensus (2A/2B)' },
  { name: 'books', path: 'books/', h1: 'Books and resources' },
  { name: 'book', path: 'books/ddia/', h1: 'Designing Data-Intensive Applications: The Big Ideas Behind Reliable, Scalable, and Maintainable Systems' },
  { name: 'courses', path: 'courses/', h1: 'Courses' },
  { name: 'projects', path: 'projects/', h1: 'Implementation projects' },
  { name: 'design-problems', path: 'design-problems/', h1: 'System design practice problems' },
  { name: 'open-source', path: 'open-source/', h1: 'Open-source projects for a first contribution' },
  { name: 'systems', path: 'systems/', h1: 'Production system studies' },
  { name: 'criteria', path: 'criteria/', h1: 'Success criteria' },
  { name: 'schedule', path: 'schedule/', h1: 'Study schedule' },
  { name: 'phase-schedule', path: 'schedule/core-algorithms/', h1: 'Schedule: Phase 2, Core Algorithms' },
  { name: 'handbook', path: 'handbook/', h1: 'Distributed Systems Roadmap handbook' },
  { name: 'bibliography', path: 'bibliography/', h1: 'Bibliography' },
  { name: 'reading-order', path: 'reading-order/', h1: 'Reading order' },
  { name: 'search', path: 'search/', h1: 'Search' },
  { name: 'progress', path: 'progress/', h1: 'Your progress' },
  { name: 'group-progress', path: 'progress/group/', h1: 'Study group progress' },
  { name: 'not-found', path: 'no-such-page/', h1: 'Page not found' },
];


const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
  mkdirSync('test-results/screenshots', { recursive: true });
});


describe('page types in Chromium', () => {
  for (const type of pageTypes) {
    it(`renders the ${type.name} page cleanly`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !(type.name === 'not-found' && message.text().includes('404'))) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.url() !== `${site.server.url}${type.path}`) problems.push(`${response.status()}: ${response.url()}`);
      });
      const response = await page.goto(`${site.server.url}${type.path}`);
      expect(response?.status()).toBe(type.name === 'not-found' ? 404 : 200);
      expect(await page.locator('h1').allTextContents()).toEqual([type.h1]);
      await page.screenshot({ path: `test-results/screenshots/${type.name}.png`, fullPage: true });
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('lets no page scroll sideways on a 390 px phone: long addresses and code wrap', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const type of pageTypes) {
      await page.goto(`${site.server.url}${type.path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${type.name}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it('copies a reference and the BibTeX entry with the Copy buttons', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/lamport-clocks/`);
    await page.getByRole('button', { name: 'Copy APA reference' }).click();
    await expect.poll(() => page.locator('#cite-apa + .copy .copy-status, #cite-apa ~ .copy .copy-status').first().textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Lamport, L. (1978). Time, clocks, and the ordering of events in a distributed system. Communications of the ACM, 21(7), 558–565. https://doi.org/10.1145/359545.359563',
    );
    await page.getByRole('button', { name: 'Copy BibTeX entry' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{lamport1978time,\n\tauthor = \{Lamport, Leslie\},[\s\S]*\n\}$/);
    await context.close();
  });

  it('shows the references without JavaScript, and no Copy button that would do nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/lamport-clocks/`);
    // The header search's submit button works without JavaScript; no Copy button is shown.
    expect(await page.getByRole('button').allTextContents()).toEqual(['Go']);
    expect(await page.locator('#cite-ieee').innerText()).toBe(
      'L. Lamport, “Time, clocks, and the ordering of events in a distributed system,” Communications of the ACM, vol. 21, no. 7, pp. 558–565, Jul. 1978, doi: 10.1145/359545.359563.',
    );
    expect(await page.getByRole('link', { name: 'Download BibTeX' }).getAttribute('href')).toBe('/papers/lamport-clocks.bib');
    await context.close();
  });

  it('works the same with JavaScript turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/`);
    await page.getByRole('link', { name: 'Raft', exact: true }).first().click();
    expect(await page.locator('h1').textContent()).toBe('In Search of an Understandable Consensus Algorithm');
    await page.getByRole('link', { name: 'Paxos Made Simple' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Paxos Made Simple');
    await context.close();
  });

  it('shows the whole search placeholder in the header, at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}papers/`);
      const fit = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context2d = document.createElement('canvas').getContext('2d')!;
        context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The text box is what is left of the input after its padding and the search field's clear button (about 1.2em).
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.2 * parseFloat(style.fontSize);
        return { text: context2d.measureText(input.placeholder).width, room };
      });
      expect(fit.text, `${width} px`).toBeLessThan(fit.room);
      await context.close();
    }
  });
});
