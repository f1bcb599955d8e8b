/**
 * What the service worker caches and how, for workbox-build's generateSW (scripts/write-service-worker.ts).
 * Every file of the build is precached at the first visit, with a revision per file, so the whole
 * site (pages, CSS and JS, .bib/.ris/.ics/JSON files and the Pagefind index) works offline, and a
 * new build updates exactly the files that changed. No request goes to another host.
 */
import type { GenerateSWOptions } from 'workbox-build';

/** Files of the build that are not precached: the worker itself and source maps. */
export const NOT_PRECACHED = ['sw.js', 'workbox-*.js', '**/*.map'];

export function serviceWorkerOptions(dir: string): GenerateSWOptions {
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    swDest: `${dir.replace(/\/+$/, '')}/sw.js`,
    mode: 'production',
    sourcemap: false,
    // One file: the worker and the part of Workbox it uses, from node_modules, not a CDN.
    inlineWorkboxRuntime: true,
    // A new build's worker waits until the reader chooses "Reload" (src/scripts/offline.ts sends
    // SKIP_WAITING), so a page is never swapped under someone reading it; the first install takes
    // control at once, so the first visit is enough to go offline.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /papers/raft/ is the file papers/raft/index.html.
    directoryIndex: 'index.html',
    // /search/?q=Lamport is the search page; Pagefind asks for its entry file with ?ts=<time>.
    ignoreURLParametersMatching: [/.*/],
    // Astro's hashed assets change name when they change; no revision query needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  };
}
