/**
 * Formatting references ahead of time. A build first syncs content (the loaders check it),
 * then bundles, then renders pages: the loader hands the finished content's reference job to
 * a worker at once, and the page that first needs references takes that run if its own job is
 * identical, instead of starting over. The two sides are separate module instances in one
 * process (Astro loads the content config and the prerender bundle apart), so the run is kept
 * on `globalThis` under a registered symbol.
 */
import { formatInWorker, type FormatJob, type FormatRun } from './reference-worker.ts';

const slot = Symbol.for('ds-roadmap-site.reference-prefetch');
interface Prefetched { key: string; run: FormatRun }
const store = globalThis as typeof globalThis & { [slot]?: Prefetched };

/** Starts formatting `job` in the background; the process may exit before it ends. */
export function prefetchReferences(job: FormatJob): void {
  store[slot]?.run.stop();
  const run = formatInWorker(job);
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
  return formatInWorker(job);
}
