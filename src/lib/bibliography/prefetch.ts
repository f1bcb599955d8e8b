/**
 * Formatting references ahead of time. A build first syncs content (the loaders check it),
 * then bundles, then renders pages: the loader hands the finished content's reference job to
 * a worker at once, and the page that first needs references takes that run if its own job is
 * identical, instead of starting over. The two sides are separate module instances in one
 * process (Astro loads the content config and the prerender bundle apart), so the run is kept
 * on `globalThis` under a registered symbol.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entriesIn, formatWithCache } from './reference-cache.ts';
import { formatInWorker, warmUpFormatter, type FormatJob, type FormatRun } from './reference-worker.ts';
import { referenceStyleFiles, styleFolder } from './styles.ts';

/**
 * Whether to start citeproc as Astro starts (astro.config.mjs), before any content is read: the
 * formatter thread then makes its engines (about 1.3 s of CPU, nearly all of it APA's) on the
 * core Astro leaves free while it loads and starts Vite, instead of after the content check.
 * Always under `astro dev`, so the first edit to a paper is formatted at once; in a build only
 * when the reference cache is empty, since a build that finds its references cached needs no
 * engine, and warming one anyway made it slower (1x: 6.2 s against 5.3 s, medians of 5).
 */
export const warmsUpEarly = (command: string, cachedEntries: number): boolean => command === 'dev' || (command === 'build' && cachedEntries === 0);

/** Starts citeproc on the style files of the project at `root` when warmsUpEarly says so. */
export function warmUpAsAstroStarts(command: string, root: string): void {
  const dir = referenceCacheDir();
  if (warmsUpEarly(command, dir ? entriesIn(dir).size : 0)) warmUpFormatter(stylesFromFiles(root));
}

/** The reference styles as a job carries them, read from the style files of the project at `root`. */
export const stylesFromFiles = (root: string): FormatJob['styles'] =>
  referenceStyleFiles.map(({ id, file }) => ({ id, xml: readFileSync(join(root, styleFolder, file), 'utf8') }));

/**
 * Where formatted references are cached (reference-cache.ts): beside Astro's own cache, or
 * REFERENCE_CACHE_DIR; REFERENCE_CACHE=off formats everything every time.
 */
export function referenceCacheDir(): string | undefined {
  if (process.env.REFERENCE_CACHE === 'off') return undefined;
  return resolve(process.env.REFERENCE_CACHE_DIR ?? 'node_modules/.astro/ds-roadmap-references');
}

/** Formats `job`, reusing the cache when there is one. */
function format(job: FormatJob): FormatRun {
  const dir = referenceCacheDir();
  return dir ? formatWithCache(job, dir) : formatInWorker(job);
}

const slot = Symbol.for('ds-roadmap-site.reference-prefetch');
interface Prefetched { key: string; run: FormatRun }
const store = globalThis as typeof globalThis & { [slot]?: Prefetched };

/** Starts formatting `job` in the background; the process may exit before it ends. */
export function prefetchReferences(job: FormatJob): void {
  store[slot]?.run.stop();
  const run = format(job);
  run.unref();
  // A failed prefetch is redone by whoever needs the references.
  run.items.catch(() => {});
  run.lists.catch(() => {});
  store[slot] = { key: JSON.stringify(job), run };
}

/** The run for `job`: the prefetched one when it formatted exactly this job, else a new one. */
export function referenceRun(job: FormatJob): FormatRun {
  const prefetched = store[slot];
  delete store[slot];
  if (prefetched && prefetched.key === JSON.stringify(job)) {
    prefetched.run.ref();
    return prefetched.run;
  }
  prefetched?.run.stop();
  return format(job);
}
