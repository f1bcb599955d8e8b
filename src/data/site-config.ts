/**
 * Where the site is served from, read once from the environment so astro.config.mjs, pages,
 * calendars and the post-build scripts agree. Documented in the README ("Host it for your study
 * group").
 */
import { absoluteUrl, normalizeBase, withBase } from '../lib/routes.ts';

/** The origin used when SITE_URL is not set: a placeholder, so builds without it warn. */
export const PLACEHOLDER_SITE_URL = 'https://ds-roadmap.example.org';

/** Public origin, for canonical links, the sitemap and calendar links. */
export const siteUrl = (process.env.SITE_URL || PLACEHOLDER_SITE_URL).replace(/\/+$/, '');

/** Why this build's links and calendars point nowhere real, when SITE_URL is unset. */
export const siteUrlWarning = siteUrl === PLACEHOLDER_SITE_URL
  ? `SITE_URL is not set: calendars (their event UIDs and links), canonical links and the sitemap point at the placeholder ${PLACEHOLDER_SITE_URL}. Build with SITE_URL=https://your.host to publish.`
  : undefined;

/** Folder the site is served from, always with leading and trailing slashes: `/`, `/study/`. */
export const basePath = normalizeBase(process.env.BASE_PATH ?? '/');

/** Build output folder. */
export const outDir = process.env.OUT_DIR ?? './dist';

/** A site path as a link on this site: href('/papers/raft/') -> /study/papers/raft/ */
export const href = (path: string) => withBase(basePath, path);

/** A site path as an absolute URL: absolute('/papers/raft/') -> https://host/study/papers/raft/ */
export const absolute = (path: string) => absoluteUrl(siteUrl, basePath, path);
