/**
 * Formats references in a worker thread. citeproc (through citation-js) takes about a
 * millisecond per reference and style, and a curriculum 30 times the roadmap's has 2,600 of
 * them: on the main thread that was a quarter of the build. In a worker it runs on the other
 * core while Astro syncs content, bundles and renders pages.
 *
 * The thread runs format-worker.ts, found through the package import `#reference-formatter`
 * (package.json "imports"): Astro bundles this module into its prerender chunks, where a path
 * relative to this file would point nowhere, but the package's own imports resolve the same
 * from the sources and from any chunk inside the project.
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

/**
 * What the thread posts: the lists first, then the items a few at a time (pages that show one work
 * wait for that work only), then the end.
 */
export type FormatterMessage = { lists: FormattedLists } | { items: FormattedItems } | { end: true };

const requireHere = createRequire(import.meta.url);

export interface FormatRun {
  /** Every item in every style (posted second: the items in the list style come from the lists). */
  items: Promise<FormattedItems>;
  /** One item in every style, as soon as it is formatted. */
  item(id: string): Promise<Record<string, string>>;
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
  const worker = new Worker(requireHere.resolve('#reference-formatter'), { workerData: job });
  let resolveItems: (items: FormattedItems) => void;
  let resolveLists: (lists: FormattedLists) => void;
  const items = new Promise<FormattedItems>((resolve) => (resolveItems = resolve));
  const lists = new Promise<FormattedLists>((resolve) => (resolveLists = resolve));
  const failed = new Promise<never>((_resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The reference formatter stopped (exit code ${code}) before it sent its results.`)));
  });
  failed.catch(() => {}); // reported through items and lists, to whoever waits for them
  const formatted: FormattedItems = {};
  const waiting = new Map<string, (styles: Record<string, string>) => void>();
  worker.on('message', (message: FormatterMessage) => {
    if ('lists' in message) resolveLists(message.lists);
    else if ('items' in message) {
      for (const [id, styles] of Object.entries(message.items)) {
        formatted[id] = styles;
        waiting.get(id)?.(styles);
        waiting.delete(id);
      }
    } else {
      // In the job's order, whatever order the chunks came in.
      resolveItems(Object.fromEntries(job.items.map((item) => [String(item.id), formatted[String(item.id)]!])));
    }
  });
  const item = (id: string): Promise<Record<string, string>> => {
    if (formatted[id]) return Promise.resolve(formatted[id]);
    if (!job.items.some((candidate) => String(candidate.id) === id)) return Promise.reject(new Error(`The reference job has no item ${id}.`));
    return Promise.race([new Promise<Record<string, string>>((resolve) => waiting.set(id, resolve)), failed]);
  };
  return {
    items: Promise.race([items, failed]),
    item,
    lists: Promise.race([lists, failed]),
    unref: () => worker.unref(),
    ref: () => worker.ref(),
    stop: () => void worker.terminate(),
  };
}

