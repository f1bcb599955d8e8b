// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { basePath, outDir, siteUrl, siteUrlWarning } from './src/data/site-config.ts';

// SITE_URL, BASE_PATH and OUT_DIR come from the environment (see src/data/site-config.ts).
export default defineConfig({
  site: siteUrl,
  base: basePath,
  outDir,
  trailingSlash: 'always',
  // Astro's compression drops the whitespace between elements on separate lines, which ran
  // words together wherever text is read without CSS: search excerpts ("Multi-PaxosConsensus and
  // replication" from two badges), reader modes, copy and paste. Keeping it costs 3% of dist/
  // (4.75 -> 4.90 MB) and nothing after gzip (a paper page: 5.5 KB either way).
  compressHTML: false,
  build: {
    format: 'directory',
    // Pages that wait for formatted references (made in a worker thread, see
    // src/lib/bibliography/reference-worker.ts) let others render meanwhile: at 30 times the
    // curriculum 16 pages at a time built in 16.7 s, against 19.5 s one at a time (64: 22 s).
    concurrency: 16,
  },
  integrations: [
    {
      // citeproc makes its style engines while Astro starts, for a first build and under
      // `astro dev` (src/lib/bibliography/prefetch.ts).
      name: 'reference-formatter',
      hooks: {
        'astro:config:setup': async ({ command, config }) => {
          const { warmUpAsAstroStarts } = await import('./src/lib/bibliography/prefetch.ts');
          warmUpAsAstroStarts(command, fileURLToPath(config.root));
        },
      },
    },
    {
      // A build for the placeholder origin says so once, so nobody publishes calendars that point nowhere.
      name: 'site-url-check',
      hooks: { 'astro:build:start': ({ logger }) => void (siteUrlWarning && logger.warn(siteUrlWarning)) },
    },
    {
      // The sitemap, the Pagefind index and the service worker (scripts/post-build.ts).
      name: 'post-build',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const { postBuild } = await import('./scripts/post-build.ts');
          await postBuild(fileURLToPath(dir), (line) => logger.info(line));
        },
      },
    },
  ],
  vite: {
    build: {
      // The one client script (Copy buttons) stays a cacheable file instead of being inlined in every paper page.
      assetsInlineLimit: 0,
    },
  },
});
