/**
 * Which built pages Pagefind reads. Once one page has `data-pagefind-body`, Pagefind indexes only
 * such pages, but it still reads and parses every other page to find that out: at 30x the pages
 * without it (the schedule and its 144 meeting pages, the handbook, the bibliography, progress)
 * are 12 MB of the 36 MB of HTML. The glob names only the folders and files that have indexed
 * pages, in Pagefind's glob syntax; the pages it indexes, and its index, stay the same
 * (compared byte for byte at 30x: adding the pages 3.6 s -> 2.8 s).
 */

export interface BuiltPage {
  /** Path relative to the build folder, with `/` (`papers/raft/index.html`). */
  path: string;
  /** Whether the page has `data-pagefind-body`. */
  indexed: boolean;
}

/** Glob syntax characters (Pagefind uses the wax crate), escaped in names with a backslash. */
const escapeGlob = (name: string) => name.replace(/[\\?*$:<>()[\]{},]/g, '\\$&');

/**
 * A glob matching every indexed page and as few others as it can: a top-level folder whose pages
 * are all indexed as `folder/**\/*.html`, the indexed pages of any other folder one by one, and
 * pages at the top level by name. `undefined` when no page is indexed.
 */
export function pagefindGlob(pages: readonly BuiltPage[]): string | undefined {
  const folders = new Map<string, { all: boolean; indexed: string[] }>();
  const topFiles: string[] = [];
  for (const page of pages) {
    const slash = page.path.indexOf('/');
    if (slash === -1) {
      if (page.indexed) topFiles.push(escapeGlob(page.path));
      continue;
    }
    const folder = page.path.slice(0, slash);
    const entry = folders.get(folder) ?? { all: true, indexed: [] };
    if (page.indexed) entry.indexed.push(page.path.split('/').map(escapeGlob).join('/'));
    else entry.all = false;
    folders.set(folder, entry);
  }
  const parts = [...topFiles];
  for (const [folder, { all, indexed }] of folders) {
    if (all) parts.push(`${escapeGlob(folder)}/**/*.html`);
    else parts.push(...indexed);
  }
  parts.sort();
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `{${parts.join(',')}}`;
}
