/**
 * The bench's bare Astro site: what a plain Astro site costs to build with as many pages as ours,
 * carrying the same text. One Markdown file per page of our build (its <main> text, as paragraphs
 * under its title), one content collection (`glob()`), one layout and one route; no search,
 * citations, calendars, scripts or post-build steps. Built with this project's own Astro, from a
 * folder whose node_modules links to ours, so both builds use the same Astro, Node and machine.
 *
 * `../shared/bench/bare-astro/` is the yardstick this is checked against (scripts/bench.ts builds
 * it too when it is there, at the scale closest to our page count).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface BarePage {
  /** The page's path in our build, without `index.html`: `papers/raft`. */
  slug: string;
  title: string;
  /** The text of its <main>, in paragraphs. */
  paragraphs: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The title and main text of one built page, as plain paragraphs. */
export function pageText(html: string): { title: string; paragraphs: string[] } {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? 'Page';
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  const text = main
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|tr|dt|dd|div|section|pre|figcaption|caption)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
  const paragraphs = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: title.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!), paragraphs };
}

/** Every page of a build folder (each `.html` file), in path order. */
export function pagesOf(dist: string): BarePage[] {
  const pages: BarePage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = relative(dist, full).replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
        pages.push({ slug: path, ...pageText(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(dist);
  return pages;
}

/** Markdown text: characters Markdown would read as syntax are escaped. */
const markdownText = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
const yamlString = (text: string) => JSON.stringify(text);

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
<style is:global>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; }
</style>
`;

/** The layout as the route imports it (spelled out here, so this file's own imports stay only its own). */
const LAYOUT_MODULE = ['..', 'layouts', 'Layout.astro'].join('/');

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Layout from '${LAYOUT_MODULE}';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.data.slug || undefined }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <Content />
</Layout>
`;

const CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({ loader: glob({ base: './pages', pattern: '*.md' }), schema: z.object({ title: z.string(), slug: z.string() }) }),
};
`;

/**
 * Writes the bare site for `pages` into `dir` (emptied first), with node_modules linking each
 * package of `nodeModules` (not the folder itself, so its Astro caches stay its own).
 */
export function writeBareSite(dir: string, pages: readonly BarePage[], nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', '{ "name": "bench-bare", "private": true, "type": "module", "scripts": { "build": "astro build" } }\n');
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://example.org', trailingSlash: 'always' });\n");
  write('src/content.config.ts', CONFIG);
  write('src/layouts/Layout.astro', LAYOUT);
  // 404.html and other files at the top are pages too; the route serves them all by slug.
  write('src/pages/[...slug].astro', ROUTE);
  pages.forEach((page, index) => {
    const body = page.paragraphs.map(markdownText).join('\n\n');
    write(`pages/p${String(index).padStart(5, '0')}.md`, `---\ntitle: ${yamlString(page.title)}\nslug: ${yamlString(page.slug)}\n---\n\n${body}\n`);
  });
  linkNodeModules(dir, nodeModules);
}

/** Gives `dir` a node_modules folder of links to each package of `nodeModules`, but not its caches. */
export function linkNodeModules(dir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(nodeModules)) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(resolve(nodeModules, name), join(dir, 'node_modules', name));
  }
}
