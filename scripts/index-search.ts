#!/usr/bin/env node
/**
 * Post-build step: indexes the built site with Pagefind into <dist>/pagefind/. Fails when
 * Pagefind reports an error or indexes no page, unlike the astro-pagefind integration, which
 * only logs.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { outDir } from '../src/data/site-config.ts';
import { pagefindGlob, type BuiltPage } from '../src/lib/search/pagefind-glob.ts';
import { filesUnder } from './built-files.ts';

/** The build's HTML pages, and whether each has `data-pagefind-body` (the attribute is ASCII: read as latin1, no decoding). */
function builtPages(site: string): BuiltPage[] {
  return filesUnder(site)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, indexed: readFileSync(join(site, path), 'latin1').includes('data-pagefind-body') }));
}

/** Indexes the build folder `site`; returns what it says, or throws what went wrong. */
export async function indexSearch(site: string): Promise<string> {
  const outputPath = join(site, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const glob = pagefindGlob(builtPages(site));
    const noPage = `Pagefind found no page with data-pagefind-body in ${site}.`;
    if (!glob) throw new Error(noPage);
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(noPage);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return `Pagefind indexed ${added.page_count} pages into ${outputPath}.`;
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  await indexSearch(resolve(outDir)).then(
    (said) => console.log(said),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
