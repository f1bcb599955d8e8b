/** The reading order and its graph, printed on A4 in Chromium: the SVG fits the printable width. */
import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

/** A4 is 210 mm wide; the print stylesheet sets 15 mm margins: 180 mm at 96 dpi. */
const A4_PRINTABLE_PX = Math.floor((180 / 25.4) * 96);


const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
  mkdirSync('test-results/print', { recursive: true });
});

describe('printing /reading-order/ on A4', () => {
  it('scales the graph to the printable width and keeps every node on the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: A4_PRINTABLE_PX, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.server.url}reading-order/`);
    const box = await page.locator('figure.graph svg').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(A4_PRINTABLE_PX);
    const nodesOutside = await page.locator('.graph-nodes rect').evaluateAll(
      (rects, limit) => rects.filter((rect) => rect.getBoundingClientRect().right > (limit as number)).length,
      A4_PRINTABLE_PX,
    );
    expect(nodesOutside).toBe(0);
    expect(await page.locator('.site-header').isVisible()).toBe(false);

    await page.pdf({ path: 'test-results/print/reading-order-a4.pdf', format: 'A4' });
    const pdf = readFileSync('test-results/print/reading-order-a4.pdf', 'latin1');
    const pageCount = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pageCount).toBeGreaterThanOrEqual(2);
    expect(pageCount).toBeLessThanOrEqual(6);
    await context.close();
  });
});
