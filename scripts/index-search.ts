#!/usr/bin/env node
/**
 * Post-build step of `npm run build`: indexes the built site with Pagefind into
 * <dist>/pagefind/. Fails (exit 1) when Pagefind reports an error or indexes no page, unlike
 * the astro-pagefind integration, which only logs.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { outDir } from '../src/data/site-config.ts';

const site = resolve(outDir);
const outputPath = join(site, 'pagefind');

async function main(): Promise<number> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}.`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  console.log(`Pagefind indexed ${added.page_count} pages into ${outputPath}.`);
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  })
  .then(async (code) => {
    await pagefind.close();
    process.exit(code);
  });
