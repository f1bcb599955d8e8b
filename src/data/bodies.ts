/**
 * Items' MDX bodies as HTML (reading guides, lab guides, worksheets), rendered from the text the
 * content loader stored (src/lib/content/body-html.ts), with links resolved against the curriculum.
 */
import { getEntry } from 'astro:content';
import { bodyComponents, type LinkFor } from '../lib/content/body-components.ts';
import { renderBody, type BodyComponent } from '../lib/content/body-html.ts';
import type { KindName } from '../lib/content/registry.ts';
import { routes } from '../lib/routes.ts';
import { getCurriculum } from './curriculum.ts';
import { href } from './site-config.ts';

let links: Promise<LinkFor> | undefined;
let components: Promise<Record<string, BodyComponent>> | undefined;

/** Where each link component points and the text it shows, from the curriculum. */
export function getLinkFor(): Promise<LinkFor> {
  links ??= getCurriculum().then((curriculum) => (component, id) => {
    if (component === 'PaperLink') { const paper = curriculum.byId.papers.get(id); return paper && { href: href(routes.paper(id)), text: paper.shortName }; }
    if (component === 'LabLink') { const lab = curriculum.byId.labs.get(id); return lab && { href: href(routes.lab(id)), text: lab.title }; }
    if (component === 'BookLink') { const book = curriculum.byId.books.get(id); return book && { href: href(routes.book(id)), text: book.shortName }; }
    if (component === 'PhaseLink') { const phase = curriculum.byId.phases.get(id); return phase && { href: href(routes.phase(id)), text: `Phase ${phase.order}: ${phase.title}` }; }
    return undefined;
  });
  return links;
}

/** The body of an item as HTML; `sectionHeadings: false` drops its own `##` headings. */
export async function bodyHtml(kind: KindName, id: string, sectionHeadings = true): Promise<string> {
  const entry = await getEntry(kind, id);
  if (!entry) throw new Error(`No ${kind} entry "${id}": the content check lets no page ask for one.`);
  components ??= getLinkFor().then((linkFor) => bodyComponents(linkFor));
  return renderBody(entry.body ?? '', { components: await components, sectionHeadings, markdown: entry.filePath?.endsWith('.md') ?? false });
}
