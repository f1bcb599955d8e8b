/** Finds links in built HTML that do not resolve to a file (and anchor) in the build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function brokenLinks(root: string, pages: readonly string[], base = '/'): string[] {
  const broken: string[] = [];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  for (const page of pages) {
    const html = read(page);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const link = match[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(link)) continue;
      const [path, anchor] = link.split('#') as [string, string | undefined];
      if (path !== '' && !path.startsWith(base)) {
        broken.push(`${page}: ${link} (outside the base path ${base})`);
        continue;
      }
      const local = path.slice(base.length).split('?')[0]!;
      const file = path === '' ? page : local === '' || local.endsWith('/') ? `${local}index.html` : local;
      if (!existsSync(join(root, file))) {
        broken.push(`${page}: ${link}`);
        continue;
      }
      if (anchor && !read(file).includes(`id="${anchor}"`)) broken.push(`${page}: ${link} (no id="${anchor}")`);
    }
  }
  return broken;
}
