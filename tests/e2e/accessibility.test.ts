/**
 * axe-core (WCAG 2.2 AA rules) on the built site, in light and dark colour schemes, and a visible
 * keyboard focus. The default run checks one page of every kind (pages made by one template
 * share their structure: a paper page, a meeting page, ...) and every section page, in light and
 * in dark (accessibility-dark.test.ts, a file of its own so the two run side by side);
 * `npm run test:full` (TEST_FULL=1) checks every page in light.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles } from '../support/dist.ts';
import { violations } from '../support/axe.ts';
import { useSiteInChromium } from '../support/site.ts';

let pages: string[];

const site = useSiteInChromium();

/** The template a page is made by: `papers/raft/` -> `papers/*`, `schedule/week-9/` -> `schedule/week-*`. */
const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean);
  if (parts.length < 2) return path;
  return `${parts[0]}/${parts[1]!.startsWith('week-') ? 'week-*' : '*'}`;
};

beforeAll(async () => {
  assertBuilt();
  const all = distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === '404.html' ? '404.html' : file.replace(/index\.html$/, '')));
  const byTemplate = Map.groupBy(all, templateOf);
  pages = process.env.TEST_FULL ? all : [...byTemplate.values()].map((group) => group[0]!);
});

describe('accessibility', () => {
  // No time limit: axe takes a second or more a page, longer on a busy machine; the run ends when the pages are done.
  it(`has no axe violations in the light scheme (${process.env.TEST_FULL ? 'every page' : 'a page of each kind'})`, async () => {
    expect(await violations(site, 'light', pages)).toEqual([]);
  });

  it('shows where the keyboard focus is', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}papers/raft/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline).toEqual({ style: 'solid', width: '3px' });
    await context.close();
  });
});
