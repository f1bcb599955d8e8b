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

  it('guesses every week card of the schedule taller than it is drawn, so no tick box overlaps another before it is drawn', async () => {
    const tooSmall: string[] = [];
    for (const width of [390, 640, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}schedule/`);
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.weeks > .week:not(.no-meeting)')].map((card) => {
          card.style.contentVisibility = 'visible';
          return { id: card.id, drawn: card.getBoundingClientRect().height, guess: parseFloat(card.dataset.size!) * parseFloat(getComputedStyle(document.documentElement).fontSize) };
        }),
      );
      expect(cards.length).toBe(144);
      tooSmall.push(...cards.filter((card) => !(card.guess >= card.drawn)).map((card) => `${width} px ${card.id}: ${card.drawn} px drawn, ${card.guess} px guessed`));
      await context.close();
    }
    expect(tooSmall).toEqual([]);
  });

  it('makes every tick box a 24 px target (WCAG 2.5.8), in the place of the box drawn before the script', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const sizes: string[] = [];
    for (const path of ['criteria/', 'schedule/foundations/', 'papers/raft/', 'schedule/week-9/', 'handbook/']) {
      await page.goto(`${site.server.url}${path}`);
      await page.locator('input[data-progress-box]').first().waitFor({ state: 'attached' });
      const found = await page.evaluate(() => [...new Set([...document.querySelectorAll('input[data-progress-box]')].map((box) => { const { width, height } = box.getBoundingClientRect(); return `${width}x${height}`; }))]);
      sizes.push(`${path} ${found.join(' ')}`);
    }
    expect(sizes).toEqual(['criteria/ 24x24', 'schedule/foundations/ 24x24', 'papers/raft/ 24x24', 'schedule/week-9/ 24x24', 'handbook/ 24x24']);
    // A schedule item and a criterion: the checkbox is where the printable box was, to the pixel.
    const before = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const plain = await before.newPage();
    for (const [path, item, drawn] of [
      ['schedule/foundations/', '[data-progress="paper:raft"]', '.box'],
      ['criteria/', '[data-progress^="criterion:"]', '::before'],
    ] as const) {
      await plain.goto(`${site.server.url}${path}`);
      await page.goto(`${site.server.url}${path}`);
      const box = await plain.locator(item).first().evaluate((element, pseudo) => {
        const rect = element.getBoundingClientRect();
        if (pseudo === '.box') {
          const drawnBox = element.querySelector('.box')!.getBoundingClientRect();
          return [drawnBox.x - rect.x, drawnBox.y - rect.y, drawnBox.width, drawnBox.height];
        }
        const style = getComputedStyle(element, '::before');
        return [parseFloat(style.left), parseFloat(style.top), parseFloat(style.width), parseFloat(style.height)];
      }, drawn);
      const input = await page.locator(`${item} input[data-progress-box]`).first().evaluate((input) => {
        const rect = input.closest('[data-progress]')!.getBoundingClientRect();
        const own = input.getBoundingClientRect();
        return [own.x - rect.x, own.y - rect.y, own.width, own.height];
      });
      expect(input, path).toEqual(box);
    }
    await before.close();
    await context.close();
  });
});
