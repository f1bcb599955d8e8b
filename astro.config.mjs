// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Self-hosting: SITE_URL is the public origin (used for absolute links in feeds, calendars
 * and the sitemap), BASE_PATH the folder the site is served from (`/` or e.g. `/study/`).
 */
const site = process.env.SITE_URL ?? 'https://ds-roadmap.example.org';
const base = process.env.BASE_PATH ?? '/';
/** Where the build goes; the tests build bad content elsewhere so dist/ stays intact. */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  vite: {
    build: {
      // The one client script (Copy buttons) stays a cacheable file instead of being inlined in every paper page.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries a harmless "use client"-style directive warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
