/**
 * The printable pages in Chromium's print mode, on A4 and Letter: nothing wider than the
 * printable width, no navigation chrome, no dark backgrounds, rows kept whole, a page break
 * before each phase, and a sensible page count. The PDFs are kept in test-results/pdf/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

/** Page sizes in CSS pixels (96 per inch) and the margins the print stylesheet sets (14 mm top/bottom, 12 mm sides). */
const MM = 96 / 25.4;
const papers = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const;
const margin = { top: 14 * MM, side: 12 * MM };

/**
 * Page counts measured with the default content (December 2026: schedule 22 on A4, 23 on
 * Letter, phase 2 three, handbook with the guides' questions and prompts 35 and 36); a range so
 * wording changes pass and layout breakage (a week per page, or weeks squeezed onto too few)
 * does not. A meeting page is one sheet to hand out: exactly one page.
 */
const documents = [
  { name: 'schedule', path: 'schedule/', pages: { min: 15, max: 28 }, phases: 4, header: true },
  { name: 'phase-schedule', path: 'schedule/core-algorithms/', pages: { min: 2, max: 5 }, phases: 1, header: true },
  { name: 'handbook', path: 'handbook/', pages: { min: 25, max: 45 }, phases: 4, header: false },
  { name: 'meeting (a paper and a lab)', path: 'schedule/week-9/', pages: { min: 1, max: 1 }, phases: 0, header: false },
  { name: 'meeting (a design problem)', path: 'schedule/week-75/', pages: { min: 1, max: 1 }, phases: 0, header: false },
];


const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
  mkdirSync('test-results/pdf', { recursive: true });
});


/** Counts the page objects in a PDF written by Chromium (its page dictionaries are not compressed). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

async function layoutFacts(page: Page, printableWidth: number) {
  return page.evaluate((limit) => {
    const wide = [...document.querySelectorAll('table, pre, img, .table-wrap')]
      .filter((element) => element.scrollWidth > limit + 0.5 || element.getBoundingClientRect().right > limit + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} ${element.scrollWidth}px`);
    const luminance = (color: string) => {
      const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number) as [number, number, number, number?];
      return a === 0 ? 1 : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const dark = [document.documentElement, ...document.querySelectorAll('body *')]
      .filter((element) => getComputedStyle(element).display !== 'none' && luminance(getComputedStyle(element).backgroundColor) < 0.85)
      .map((element) => `${element.tagName.toLowerCase()} ${getComputedStyle(element).backgroundColor}`);
    const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((element) => (element as HTMLElement).offsetParent !== null).length;
    return {
      documentWidth: document.documentElement.scrollWidth,
      wide,
      dark: [...new Set(dark)],
      chrome: visible('.site-header, .site-footer, .breadcrumbs, form'),
      rowsKeptWhole: [...document.querySelectorAll('tr')].every((row) => getComputedStyle(row).breakInside === 'avoid'),
      phaseBreaks: [...document.querySelectorAll('.schedule-phase, .handbook-phase')].map((section) => getComputedStyle(section).breakBefore),
      header: (document.querySelector('.schedule-header') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '',
      // A link printed with its address after it, whose own text already is that address.
      urlTwice: [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
        .filter((link) => /attr\(href\)/.test(getComputedStyle(link, '::after').content) && link.textContent!.includes(link.getAttribute('href')!.replace(/\/$/, '')))
        .map((link) => link.href),
    };
  }, printableWidth);
}

describe('printing', () => {
  for (const document of documents) {
    for (const [paper, size] of Object.entries(papers)) {
      it(`prints ${document.name} on ${paper} with nothing cut off`, async () => {
        const printableWidth = Math.floor(size.width - 2 * margin.side);
        const context = await site.browser.newContext({ viewport: { width: printableWidth, height: Math.floor(size.height - 2 * margin.top) } });
        const page = await context.newPage();
        await page.goto(`${site.server.url}${document.path}`);
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        const facts = await layoutFacts(page, printableWidth);
        expect(facts.documentWidth).toBeLessThanOrEqual(printableWidth);
        expect(facts.wide).toEqual([]);
        expect(facts.dark).toEqual([]);
        expect(facts.chrome).toBe(0);
        expect(facts.rowsKeptWhole).toBe(true);
        expect(facts.urlTwice).toEqual([]);
        expect(facts.phaseBreaks).toEqual(Array.from({ length: document.phases }, (_, index) => (index === 0 ? 'auto' : 'page')));
        if (document.header) expect(facts.header).toMatch(/^Distributed Systems Reading Group \d{1,2} \w{3,4}( \d{4})? – \d{1,2} \w{3,4} \d{4} · meets Thursdays at 18:00 \(Europe\/London\)/);

        const pdf = await page.pdf({
          format: paper as 'A4' | 'Letter',
          printBackground: true,
          margin: { top: `${14}mm`, bottom: `${14}mm`, left: `${12}mm`, right: `${12}mm` },
        });
        writeFileSync(`test-results/pdf/${document.path.replace(/\W+/g, '-')}${paper}.pdf`, pdf);
        const pages = pageCount(pdf);
        console.log(`${document.name} ${paper}: ${pages} pages`);
        expect(pages).toBeGreaterThanOrEqual(document.pages.min);
        expect(pages).toBeLessThanOrEqual(document.pages.max);
        await context.close();
      });
    }
  }
});
