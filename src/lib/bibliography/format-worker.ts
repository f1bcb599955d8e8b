/**
 * The reference formatter's thread (started by reference-worker.ts, one per process): formats
 * each FormatJob it is sent with citation-js's citeproc and posts the lists first, then every item
 * in every style, a few at a time, then the end. Engines are kept from one job to the next.
 *
 * It runs as its own module in a worker thread, so it is plain TypeScript that Node runs
 * directly (type stripping: only erasable syntax here) and it is found through the package's
 * `#reference-formatter` import (package.json "imports"), which resolves the same from the
 * sources under Vitest and from Astro's bundled chunks inside the project.
 */
import { parentPort } from 'node:worker_threads';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-json.ts';
import type { FormatJob, FormattedItems, FormattedLists, FormatterAnswer, FormatterRequest } from './reference-worker.ts';

const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
/** Each style's XML and the name it is registered under (citation-js keeps an engine per name). */
const registered = new Map<string, { xml: string; name: string }>();
let registrations = 0;
const options = (style: string) => ({ style: registered.get(style)!.name, lang: 'en-US', format: 'html' as const });

/** Registers a job's styles; a style whose XML changed gets a new name, so no engine of the old one is reused. */
function register(styles: FormatJob['styles']): void {
  for (const style of styles) {
    if (registered.get(style.id)?.xml === style.xml) continue;
    const name = `site-${style.id}-${++registrations}`;
    csl.styles.add(name, style.xml);
    registered.set(style.id, { xml: style.xml, name });
  }
}

// A list changes an entry only to tell it from another whose citation reads the same (APA's
// 2011a/2011b): same first author, same year. Any other entry of a list is the item's reference
// alone, and is reused instead of formatted again (tests compare the two for every work).
const sameCitation = (item: CslItem) => {
  const first = item.author?.[0];
  const author = first ? ('family' in first ? first.family : first.literal) : item.title;
  return JSON.stringify([author, item.issued?.['date-parts'][0][0]]);
};

/** Items are posted this many at a time, so a page that shows one work waits for that work, not for all of them. */
const CHUNK = 8;

function format({ run, job }: FormatterRequest): void {
  const post = (message: FormatterAnswer['message']) => parentPort!.postMessage({ run, message } satisfies FormatterAnswer);
  register(job.styles);
  const lists: FormattedLists = job.lists.map(
    (list) => new Cite(list).format('bibliography', { ...options(job.listStyle), asEntryArray: true }) as unknown as Array<[string, string]>,
  );
  post({ lists });

  const fromLists = new Map<string, string>();
  job.lists.forEach((list, index) => {
    const counts = new Map<string, number>();
    for (const item of list) counts.set(sameCitation(item), (counts.get(sameCitation(item)) ?? 0) + 1);
    const unique = new Set(list.filter((item) => counts.get(sameCitation(item)) === 1).map((item) => item.id));
    for (const [id, html] of lists[index]!) if (unique.has(id)) fromLists.set(id, html.trim());
  });

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
}

/** Makes each style's engine now, with a throwaway item, so the first job finds them ready (see warmUpFormatter). */
function warmUp(styles: FormatJob['styles']): void {
  register(styles);
  const item = { id: 'warm-up', type: 'book', title: 'Warm up', author: [{ family: 'Warm', given: 'Up' }], issued: { 'date-parts': [[2000]] } };
  for (const style of styles) new Cite([item]).format('bibliography', { ...options(style.id), nosort: true });
}

parentPort!.on('message', (request: FormatterRequest | { warmUp: FormatJob['styles'] }) => ('warmUp' in request ? warmUp(request.warmUp) : format(request)));
