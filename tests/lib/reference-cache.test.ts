/**
 * The cache of formatted references (src/lib/bibliography/reference-cache.ts) on the small
 * fixture: the same results with and without it, only changed works formatted again, and a
 * corrupt or mismatched entry formatted again, never trusted.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBibliography, referenceJob } from '../../src/lib/bibliography/index.ts';
import { formatWithCache, itemKey, type CacheStats } from '../../src/lib/bibliography/reference-cache.ts';
import { formatInWorker, type FormatJob } from '../../src/lib/bibliography/reference-worker.ts';
import { loadCurriculum } from '../support/curriculum.ts';

let job: FormatJob;
let dir: string;
beforeAll(() => {
  job = referenceJob(buildBibliography(loadCurriculum('tests/fixtures/valid')));
  dir = mkdtempSync(join(tmpdir(), 'reference-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(what: FormatJob) {
  let stats: CacheStats | undefined;
  const formatting = formatWithCache(what, dir, (value) => (stats = value));
  return { items: await formatting.items, lists: await formatting.lists, stats: stats! };
}

describe('the reference cache', () => {
  it('gives what the formatter gives, first by formatting and then from the cache alone', async () => {
    const plain = formatInWorker(job);
    const expected = { items: await plain.items, lists: await plain.lists };
    const cold = await run(job);
    expect([cold.items, cold.lists]).toEqual([expected.items, expected.lists]);
    expect(cold.stats).toEqual({ reusedItems: 0, formattedItems: 2, reusedLists: 0, formattedLists: 1 });
    // Two works in three styles, and one list.
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(7);
    const warm = await run(job);
    expect([warm.items, warm.lists]).toEqual([expected.items, expected.lists]);
    expect(warm.stats).toEqual({ reusedItems: 2, formattedItems: 0, reusedLists: 1, formattedLists: 0 });
  });

  it('formats again only the work that changed, and its list', async () => {
    const edited: FormatJob = { ...job, items: job.items.map((item, index) => (index === 1 ? { ...item, title: `${item.title}, revised` } : item)) };
    edited.lists = [edited.items];
    const result = await run(edited);
    expect(result.stats).toEqual({ reusedItems: 1, formattedItems: 1, reusedLists: 0, formattedLists: 1 });
    expect(Object.values(result.items[String(edited.items[1]!.id)]!).every((html) => html.includes('revised'))).toBe(true);
    // One item at a time: the cached one as it was, the edited one from the formatter.
    const again = formatWithCache({ ...edited, items: edited.items.map((item) => ({ ...item, title: `${item.title}!` })) }, dir);
    const [cached, formatted] = await Promise.all(edited.items.map((item) => formatWithCache(edited, dir).item(String(item.id))));
    expect([cached, formatted]).toEqual(edited.items.map((item) => result.items[String(item.id)]));
    expect(Object.values(await again.item(String(edited.items[0]!.id))).every((html) => html.includes('!'))).toBe(true);
  });

  it('ignores a corrupt entry and one that holds another key, and formats them again', async () => {
    const [first, second] = job.items;
    writeFileSync(join(dir, `${itemKey(first!, job.styles[0]!.xml)}.json`), '{"key": "trunc');
    writeFileSync(join(dir, `${itemKey(second!, job.styles[1]!.xml)}.json`), JSON.stringify({ key: 'another', value: '<div>wrong</div>' }));
    const plain = formatInWorker(job);
    const result = await run(job);
    expect(result.items).toEqual(await plain.items);
    expect(result.stats).toEqual({ reusedItems: 0, formattedItems: 2, reusedLists: 1, formattedLists: 0 });
    expect((await run(job)).stats.formattedItems).toBe(0);
  });
});
