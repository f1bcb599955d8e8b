/**
 * Formats references in a worker thread. citeproc (through citation-js) takes about a
 * millisecond per reference and style, and a curriculum 30 times the roadmap's has 2,600 of
 * them: on the main thread that was a quarter of the build. In a worker it runs on the other
 * core while Astro syncs content, bundles and renders pages.
 *
 * The worker's program is the source string below (run with `eval`), so it needs no file of
 * its own in the build output: Astro bundles this module into its prerender chunks, and a
 * worker file beside it would not be bundled. It loads citation-js by resolved path and
 * registers the styles it is given, the same CSL files as the main thread uses.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CslItem } from './csl-json.ts';

/** What to format: each item alone in every style, and lists of items in one style. */
export interface FormatJob {
  styles: ReadonlyArray<{ id: string; xml: string }>;
  /** Formatted one at a time: no list effects (numbering, 2011a/2011b). */
  items: CslItem[];
  /** Formatted as reference lists, sorted and disambiguated as `listStyle` does. */
  lists: CslItem[][];
  listStyle: string;
}

/** Item id -> style id -> HTML (one `<div class="csl-entry">`, without a numeric list label). */
export type FormattedItems = Record<string, Record<string, string>>;
/** For each list: [item id, HTML] in the style's order. */
export type FormattedLists = Array<Array<[string, string]>>;

const workerProgram = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { modules, job } = workerData;
const { Cite, plugins } = require(modules.core);
require(modules.csl);
const csl = plugins.config.get('@csl');
for (const style of job.styles) csl.styles.add('site-' + style.id, style.xml);
const options = (style) => ({ style: 'site-' + style, lang: 'en-US', format: 'html' });

const lists = job.lists.map((list) => new Cite(list).format('bibliography', { ...options(job.listStyle), asEntryArray: true }));
parentPort.postMessage({ lists });

// A list changes an entry only to tell it from another whose citation reads the same (APA's
// 2011a/2011b): same first author, same year. Any other entry of a list is the item's reference
// alone, and is reused instead of formatted again (tests compare the two for every work).
const fromLists = new Map();
const sameCitation = (item) => JSON.stringify([item.author?.[0]?.family ?? item.author?.[0]?.literal ?? item.title, item.issued?.['date-parts']?.[0]?.[0]]);
job.lists.forEach((list, index) => {
  const counts = new Map();
  for (const item of list) counts.set(sameCitation(item), (counts.get(sameCitation(item)) ?? 0) + 1);
  const unique = new Set(list.filter((item) => counts.get(sameCitation(item)) === 1).map((item) => item.id));
  for (const [id, html] of lists[index]) if (unique.has(id)) fromLists.set(id, html.trim());
});

const items = {};
for (const item of job.items) {
  items[item.id] = {};
  for (const style of job.styles) {
    // nosort: one item has nothing to sort, and citeproc's sort keys are a fifth of its run.
    // A numeric style's list label (IEEE's [1]) is left out: alone, it numbers nothing.
    items[item.id][style.id] = (style.id === job.listStyle && fromLists.get(item.id)) ||
      new Cite([item]).format('bibliography', { ...options(style.id), nosort: true, asEntryArray: true })[0][1]
        .replace(/<div class="csl-left-margin">\[1\]\s*<\/div>/, '')
        .trim();
  }
}
parentPort.postMessage({ items });
`;

const requireHere = createRequire(import.meta.url);

export interface FormatRun {
  /** Every item in every style (posted second: the items in the list style come from the lists). */
  items: Promise<FormattedItems>;
  /** The lists (posted first). */
  lists: Promise<FormattedLists>;
  /** Lets the process exit while the run is unfinished (a prefetch nobody may wait for). */
  unref(): void;
  /** Keeps the process alive until the run ends (someone waits for it). */
  ref(): void;
  /** Stops the worker (its results are not wanted). */
  stop(): void;
}

/**
 * Starts formatting `job` in a worker thread, which ends when it has posted both results. One
 * thread: a second one on a 2-core machine made the build slower (more start-up, JIT and GC
 * work, all competing with Astro's thread).
 */
export function formatInWorker(job: FormatJob): FormatRun {
  const modules = { core: requireHere.resolve('@citation-js/core'), csl: requireHere.resolve('@citation-js/plugin-csl') };
  const worker = new Worker(workerProgram, { eval: true, workerData: { modules, job } });
  let resolveItems: (items: FormattedItems) => void;
  let resolveLists: (lists: FormattedLists) => void;
  const items = new Promise<FormattedItems>((resolve) => (resolveItems = resolve));
  const lists = new Promise<FormattedLists>((resolve) => (resolveLists = resolve));
  const failed = new Promise<never>((_resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The reference formatter stopped (exit code ${code}) before it sent its results.`)));
  });
  failed.catch(() => {}); // reported through items and lists, to whoever waits for them
  worker.on('message', (message: { items?: FormattedItems; lists?: FormattedLists }) => {
    if (message.items) resolveItems(message.items);
    if (message.lists) resolveLists(message.lists);
  });
  return {
    items: Promise.race([items, failed]),
    lists: Promise.race([lists, failed]),
    unref: () => worker.unref(),
    ref: () => worker.ref(),
    stop: () => void worker.terminate(),
  };
}

