/**
 * The steps after Astro has written the pages, in order: the sitemap, the Pagefind index, and the
 * service worker (last: it precaches the index too). They run in Astro's `astro:build:done` hook
 * (astro.config.mjs), in the build's own process: as three `node` commands after `astro build`
 * they cost 2.1 s at 1x, 1.3 s of it loading code (Node, workbox-build) before doing anything.
 * Each step is also a command of its own (`node scripts/index-search.ts`, ...).
 */
import { indexSearch } from './index-search.ts';
import { writeServiceWorker } from './write-service-worker.ts';
import { writeSitemap } from './write-sitemap.ts';

/** Runs the post-build steps on the build folder `dir`, reporting each through `say`. */
export async function postBuild(dir: string, say: (line: string) => void): Promise<void> {
  say(writeSitemap(dir));
  say(await indexSearch(dir));
  say(writeServiceWorker(dir));
}
