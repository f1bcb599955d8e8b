/** The files of a build folder, for the post-build steps (sitemap, search index, service worker). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as paths relative to `dir` with `/`, except in folders named in `skip`. */
export function filesUnder(dir: string, skip: readonly string[] = [], prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(dir, skip, path);
    return entry.isFile() ? [path] : [];
  });
}
