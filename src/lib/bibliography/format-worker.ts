/**
 * The reference formatter's thread (started by reference-worker.ts): formats a FormatJob with
 * citation-js's citeproc and posts the lists first, then every item in every style, a few at a time.
 *
 * It runs as its own module in a worker thread, so it is plain TypeScript that Node runs
 * directly (type stripping: only erasable syntax here) and it is found through the package's
 * `#reference-formatter` import (package.json "imports"), which resolves the same from the
 * sources under Vitest and from Astro's bundled chunks inside the project.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-json.ts';
import type { FormatJob, FormattedItems, FormattedLists, FormatterMessage } from './reference-worker.ts';

const job = workerData as FormatJob;
const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
for (const style of job.styles) csl.styles.add(`site-${style.id}`, style.xml);
const options = (style: string) => ({ style: `site-${style}`, lang: 'en-US', format: 'html' as const });

const post = (message: FormatterMessage) => parentPort!.postMessage(message);

const lists: FormattedLists = job.lists.map(
  (list) => new Cite(list).format('bibliography', { ...options(job.listStyle), asEntryArray: true }) as unknown as Array<[string, string]>,
);
post({ lists });

// A list changes an entry only to tell it from another whose citation reads the same (APA's
// 2011a/2011b): same first author, same year. Any other entry of a list is the item's reference
// alone, and is reused instead of formatted again (tests compare the two for every work).
const sameCitation = (item: CslItem) => {
  const first = item.author?.[0];
  const author = first ? ('family' in first ? first.family : first.literal) : item.title;
  return JSON.stringify([author, item.issued?.['date-parts'][0][0]]);
};
const fromLists = new Map<string, string>();
job.lists.forEach((list, index) => {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(sameCitation(item), (counts.get(sameCitation(item)) ?? 0) + 1);
  const unique = new Set(list.filter((item) => counts.get(sameCitation(item)) === 1).map((item) => item.id));
  for (const [id, html] of lists[index]!) if (unique.has(id)) fromLists.set(id, html.trim());
});

// Posted a few at a time, so a page that shows one work waits for that work, not for all of them
// (at 30 times the curriculum the items take 10 s, which pages spent waiting).
const CHUNK = 8;
let chunk: FormattedItems = {};
job.items.forEach((item, index) => {
  const styles: Record<string, string> = {};
  for (const style of job.styles) {
    // nosort: one item has nothing to sort, and citeproc's sort keys are a fifth of its run.
    // A numeric style's list label (IEEE's [1]) is left out: alone, it numbers nothing.
    const reused = style.id === job.listStyle ? fromLists.get(item.id) : undefined;
    styles[style.id] =
      reused ??
      (new Cite([item]).format('bibliography', { ...options(style.id), nosort: true, asEntryArray: true }) as unknown as Array<[string, string]>)[0]![1]
        .replace(/<div class="csl-left-margin">\[1\]\s*<\/div>/, '')
        .trim();
  }
  chunk[item.id] = styles;
  if ((index + 1) % CHUNK === 0 || index === job.items.length - 1) {
    post({ items: chunk });
    chunk = {};
  }
});
post({ end: true });
