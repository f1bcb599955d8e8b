#!/usr/bin/env node
/**
 * Last step of `npm run build` (after the Pagefind index, which it precaches too): writes
 * <dist>/sw.js (src/lib/offline/service-worker.ts) and copies Workbox's prebuilt precaching
 * modules beside it. `node scripts/write-service-worker.ts [folder]` does it for another build folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { getManifest } from 'workbox-build';
import { outDir } from '../src/data/site-config.ts';
import { manifestOptions, serviceWorkerSource, WORKBOX_MODULES, workboxFolder } from '../src/lib/offline/service-worker.ts';

const dir = resolve(process.argv[2] ?? outDir);
const require = createRequire(import.meta.url);
try {
  const { manifestEntries, count, size, warnings } = await getManifest(manifestOptions(dir));
  if (warnings.length) throw new Error(warnings.join('\n'));
  const version = (JSON.parse(readFileSync(require.resolve('workbox-precaching/package.json'), 'utf8')) as { version: string }).version;
  const folder = workboxFolder(version);
  mkdirSync(join(dir, folder), { recursive: true });
  for (const name of WORKBOX_MODULES) {
    // The source-map comment points at a file that is not copied.
    const code = readFileSync(require.resolve(`${name}/build/${name}.prod.js`), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
    writeFileSync(join(dir, folder, `${name}.prod.js`), code);
  }
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(manifestEntries ?? [], folder));
  console.log(`Service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB).`);
} catch (error) {
  console.error(`Could not write the service worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
