/**
 * Where the site is served from, read once from the environment so astro.config.mjs and the
 * post-build scripts agree. Documented in the README ("Host it for your study group").
 */

/** Public origin, for canonical links, the sitemap and calendar links. */
export const siteUrl = (process.env.SITE_URL ?? 'https://ds-roadmap.example.org').replace(/\/+$/, '');

/** Folder the site is served from, always with leading and trailing slashes: `/`, `/study/`. */
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Build output folder. */
export const outDir = process.env.OUT_DIR ?? './dist';

/** Absolute URL of a site path: absoluteUrl('/papers/raft/') -> https://host/base/papers/raft/ */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${basePath}${path.replace(/^\/+/, '')}`;
}
