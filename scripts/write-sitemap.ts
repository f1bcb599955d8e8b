#!/usr/bin/env node
/** Post-build step: writes <dist>/sitemap.xml listing every built page (not the 404 page). */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { absolute, outDir } from '../src/data/site-config.ts';
import { filesUnder } from './built-files.ts';

/** Writes the sitemap of the build folder `root`; returns what it says. */
export function writeSitemap(root: string): string {
  const pages = filesUnder(root, ['_astro', 'pagefind'])
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((path) => `/${path.slice(0, -'index.html'.length)}`);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.sort().map((page) => `  <url><loc>${absolute(page)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  writeFileSync(join(root, 'sitemap.xml'), xml);
  return `Sitemap: ${pages.length} pages.`;
}

if (import.meta.main) console.log(writeSitemap(resolve(outDir)));
