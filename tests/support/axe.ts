/** axe-core (WCAG 2.2 AA) over built pages, for the accessibility tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Site } from './site.ts';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe over `paths` in two tabs side by side (axe takes a second or more a page). */
export async function violations(site: Site, scheme: 'light' | 'dark', paths: readonly string[]): Promise<string[]> {
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

