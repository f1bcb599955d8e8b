#!/usr/bin/env node
/**
 * Last post-build step (after the Pagefind index, which it precaches too): writes <dist>/sw.js
 * (src/lib/offline/service-worker.ts) with every file of the build and its revision
 * (src/lib/offline/precache.ts), and copies Workbox's prebuilt precaching modules beside it.
 * `node scripts/write-service-worker.ts [folder]` does it for another build folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { outDir } from '../src/data/site-config.ts';
import { precacheEntries } from '../src/lib/offline/precache.ts';
import { filesUnder } from './built-files.ts';
import { serviceWorkerSource, WORKBOX_MODULES, workboxFolder } from '../src/lib/offline/service-worker.ts';

const require = createRequire(import.meta.url);

/** Writes the worker and Workbox's modules into the build folder `dir`; returns what it says. */
export function writeServiceWorker(dir: string): string {
  const { entries, tooLarge, bytes } = precacheEntries(filesUnder(dir).map((path) => ({ path, size: statSync(join(dir, path)).size })), (path) => createHash('md5').update(readFileSync(join(dir, path))).digest('hex'));
  if (tooLarge.length) throw new Error(`Too large to precache (over 8 MB): ${tooLarge.join(', ')}. Make them smaller, or raise MAX_PRECACHED_BYTES in src/lib/offline/precache.ts.`);
  const version = (JSON.parse(readFileSync(require.resolve('workbox-precaching/package.json'), 'utf8')) as { version: string }).version;
  const folder = workboxFolder(version);
  mkdirSync(join(dir, folder), { recursive: true });
  for (const name of WORKBOX_MODULES) {
    // The source-map comment points at a file that is not copied.
    const code = readFileSync(require.resolve(`${name}/build/${name}.prod.js`), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    writeFileSync(join(dir, folder, `${name}.prod.js`), code);
  }
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(entries, folder));
  return `Service worker: ${entries.length} files precached (${(bytes / 1024 / 1024).toFixed(1)} MB).`;
}

if (import.meta.main) {
  try {
    console.log(writeServiceWorker(resolve(process.argv[2] ?? outDir)));
  } catch (error) {
    console.error(`Could not write the service worker: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
