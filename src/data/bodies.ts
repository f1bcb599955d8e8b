/** The MDX body of an item, rendered by Astro, for pages that show it (reading guides, lab guides, worksheets). */
import { getEntry, render } from 'astro:content';
import type { KindName } from '../lib/content/registry.ts';

export async function bodyOf(kind: KindName, id: string) {
  const entry = await getEntry(kind, id);
  if (!entry) throw new Error(`No ${kind} entry "${id}": the content check lets no page ask for one.`);
  return (await render(entry)).Content;
}
