/**
 * Which files of a build the service worker precaches, and each one's revision: every file but
 * the worker itself, Workbox's copied modules, source maps and dotfiles. Astro's hashed assets
 * (`_astro/`) change name when they change, so they need no revision; every other file is revised
 * by the MD5 of its bytes, as workbox-build's getManifest does. Written here instead of calling
 * getManifest because loading workbox-build (glob, fs-extra, Rollup's plugins) took 1.1 s of every
 * build for a walk and a hash.
 */
import type { PrecacheEntry } from './service-worker.ts';

/** Files larger than this are not precached (one such file is reported, not silently skipped). */
export const MAX_PRECACHED_BYTES = 8 * 1024 * 1024;

/** Whether the file at this path (relative to the build folder, with `/`) is precached. */
export function isPrecached(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((part) => part.startsWith('.'))) return false;
  if (path === 'sw.js' || /^workbox-v[^/]*$/.test(parts[0]!) || path.endsWith('.map')) return false;
  return true;
}

export interface BuiltFile {
  /** Path relative to the build folder, with `/`. */
  path: string;
  size: number;
}

/**
 * The precache list of a build's files, sorted by URL, with the files too large to precache.
 * `hash` gives a file's MD5 (hex); it is called only for files that need a revision.
 */
export function precacheEntries(files: readonly BuiltFile[], hash: (path: string) => string): { entries: PrecacheEntry[]; tooLarge: string[]; bytes: number } {
  const kept = files.filter((file) => isPrecached(file.path));
  const tooLarge = kept.filter((file) => file.size > MAX_PRECACHED_BYTES).map((file) => file.path);
  const entries = kept
    .filter((file) => file.size <= MAX_PRECACHED_BYTES)
    .map((file) => ({ url: file.path, revision: file.path.startsWith('_astro/') ? null : hash(file.path) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const bytes = kept.filter((file) => file.size <= MAX_PRECACHED_BYTES).reduce((total, file) => total + file.size, 0);
  return { entries, tooLarge, bytes };
}
