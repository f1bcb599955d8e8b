/**
 * axe-core (WCAG 2.2 AA rules) on the built site, in light and dark colour schemes, and a visible
 * keyboard focus. The default run checks one page of every kind (pages made by one template
 * share their structure: a paper page, a meeting page, ...) and every section page, in light and
 * in dark; `npm run test:full` (TEST_FULL=1) checks every page in light.
 */
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distFiles } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
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

/** Runs axe over `paths` in two tabs side by side (axe takes a second or more a page). */
async function violations(scheme: 'light' | 'dark', paths: readonly string[]): Promise<string[]> {
  const context = await site.browser.newContext({ colorScheme: scheme });
  const found: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(`${site.server.url}${path}`);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const violation of results.violations) {
        found.push(`${scheme} /${path}: ${violation.id} (${violation.nodes.length}×) ${violation.nodes[0]?.target.join(' ')}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  await context.close();
  return found.sort();
}

/**
 * One page of each kind, for the dark scheme (colours differ; structure does not). The whole
 * schedule (axe takes 12 s over its 144 weeks) is checked in light; here its phase page, the same
 * template, stands in for it.
 */
const ONE_OF_EACH = ['', 'phases/', 'phases/core-algorithms/', 'papers/', 'papers/raft/', 'reading-order/', 'labs/', 'labs/raft-from-scratch/', 'books/', 'books/ddia/', 'courses/', 'projects/', 'design-problems/', 'design-problems/rate-limiter/', 'open-source/', 'systems/', 'criteria/', 'search/?q=raft', 'progress/', 'progress/group/', 'schedule/foundations/', 'schedule/week-9/', 'handbook/', 'bibliography/', '404.html'];

describe('accessibility', () => {
  // No time limit: axe takes a second or more a page, longer on a busy machine; the run ends when the pages are done.
  it(`has no axe violations in the light scheme (${process.env.TEST_FULL ? 'every page' : 'a page of each kind'})`, async () => {
    expect(await violations('light', pages)).toEqual([]);
  });

  it('has no axe violations on a page of each kind in the dark scheme', async () => {
    expect(await violations('dark', ONE_OF_EACH)).toEqual([]);
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
