#!/usr/bin/env node
/**
 * Last step of `npm run build` (after the Pagefind index, which it precaches too): writes
 * <dist>/sw.js with workbox-build, precaching every file of the build. `node
 * scripts/write-service-worker.ts [folder]` rewrites it for another build folder.
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { outDir } from '../src/data/site-config.ts';
import { serviceWorkerOptions } from '../src/lib/offline/service-worker.ts';

const dir = resolve(process.argv[2] ?? outDir);
try {
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(dir));
  if (warnings.length) throw new Error(warnings.join('\n'));
  console.log(`Service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB).`);
} catch (error) {
  console.error(`Could not write the service worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
