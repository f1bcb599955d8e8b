/** Reading the built site in dist/ (built by `npm test` before Vitest runs). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve('dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is not built: run `npm test` (it builds first) or `npm run build`.');
}

/** Every file under a build folder (dist/ by default), as paths relative to it, sorted. */
export function distFiles(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The text of every <h1> on a page, tags stripped and entities decoded. */
export function headings(html: string): string[] {
  return [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => decodeEntities(match[1]!.replace(/<[^>]+>/g, '')).trim());
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
