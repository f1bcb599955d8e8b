#!/usr/bin/env node
/** Post-build step: writes <dist>/sitemap.xml listing every built page (not the 404 page). */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { absolute, outDir } from '../src/data/site-config.ts';

/** Writes the sitemap of the build folder `root`; returns what it says. */
export function writeSitemap(root: string): string {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind') walk(full);
      else if (entry.name === 'index.html') pages.push(`/${relative(root, dir)}/`.replace('//', '/'));
    }
  };
  walk(root);
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
