/**
 * Pages that scripts enhance keep their layout: what a script shows is laid out from the first
 * paint and hidden only when script is off, so nothing moves when the script starts (Lighthouse
 * counts such moves as layout shift, and readers lose their place).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const site = useSiteInChromium();

beforeAll(() => assertBuilt());

/** The page's layout shifts (not caused by input) until its scripts have run and settled. */
async function layoutShifts(path: string, ready: string): Promise<Array<{ value: number; nodes: string[] }>> {
  const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; nodes: string[] }> = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node }> }>) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, nodes: entry.sources.map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName))) });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // All shifts so far: the delivered ones and those still queued for the observer.
    (window as unknown as { shifts: () => typeof shifts }).shifts = () => (record(observer.takeRecords()), shifts);
  });
  await page.goto(`${site.server.url}${path}`);
  await page.waitForFunction(ready);
  // A shift is recorded when the frame that moves things is rendered: wait for two frames after
  // the page is ready (an event, not a time), then take what the observer has not yet delivered.
  const shifts = await page.evaluate(
    () => new Promise<Array<{ value: number; nodes: string[] }>>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shifts: () => Array<{ value: number; nodes: string[] }> }).shifts())))),
  );
  await context.close();
  return shifts;
}

describe('layout shift', () => {
  it('search: the filters are in place and the index of pages never shows', async () => {
    expect(await layoutShifts('search/', "[...document.querySelectorAll('select[data-filter]')].every((select) => select.options.length > 1)")).toEqual([]);
  });

  it('schedule: the personal-schedule form is in place before its script runs', async () => {
    expect(await layoutShifts('schedule/', "document.querySelector('[data-personal-download]').href.startsWith('blob:') || document.querySelector('[data-personal-download]').href.endsWith('.ics')")).toEqual([]);
  });

  it('progress: the export and import controls are in place and the no-script note never shows', async () => {
    expect(await layoutShifts('progress/', "document.readyState === 'complete'")).toEqual([]);
  });

  it('reading order and projects: the Read and Done boxes take the place kept for them before the script', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const withScript = await context.newPage();
    const withoutScript = await context.newPage();
    // The progress script never arrives: the page shows what it holds for the control.
    await withoutScript.route(/ProgressScript\.astro_astro_type_script/, (route) => route.abort());
    /** The first item's control (or its placeholder), relative to the item, and the item's height. */
    const measure = (page: typeof withScript, item: string) =>
      page.locator(`${item}:has([data-progress])`).first().evaluate((element) => {
        const box = element.getBoundingClientRect();
        const control = element.querySelector('[data-progress] .progress-control')!.getBoundingClientRect();
        return [control.x - box.x, control.y - box.y, control.width, control.height, box.height].map(Math.round);
      });
    for (const [path, item] of [['reading-order/', 'li[data-paper]'], ['projects/', 'tbody tr']] as const) {
      await withoutScript.goto(`${site.server.url}${path}`);
      await withScript.goto(`${site.server.url}${path}`);
      await withScript.locator(`${item} .progress-enhanced input`).first().waitFor({ state: 'attached' });
      const kept = await measure(withoutScript, item);
      expect(await withoutScript.locator('input[data-progress-box]').count(), path).toBe(0);
      expect(await measure(withScript, item), path).toEqual(kept);
      expect(kept[2], path).toBeGreaterThan(24);
    }
    await context.close();
  });

  it('home, a phase and a paper: progress bars, "next up" and the read checkbox are in place', async () => {
    for (const path of ['', 'phases/foundations/', 'papers/raft/']) {
      expect(await layoutShifts(path, "document.querySelector('.progress-enhanced, [data-progress-phase]') !== null && document.readyState === 'complete'")).toEqual([]);
    }
  });
});
