/** Every paper's reading guide as data (question, prompts), for meeting pages and calendars. */
import { paperGuide, type PaperGuide } from '../lib/guide.ts';
import { routes } from '../lib/routes.ts';
import { getCurriculum } from './curriculum.ts';
import { href } from './site-config.ts';

let cached: Promise<Map<string, PaperGuide>> | undefined;

export function getGuides(): Promise<Map<string, PaperGuide>> {
  cached ??= (async () => {
    const curriculum = await getCurriculum();
    const linkFor = (component: string, id: string) => {
      if (component === 'PaperLink') { const paper = curriculum.byId.papers.get(id); return paper && { href: href(routes.paper(id)), text: paper.shortName }; }
      if (component === 'LabLink') { const lab = curriculum.byId.labs.get(id); return lab && { href: href(routes.lab(id)), text: lab.title }; }
      if (component === 'BookLink') { const book = curriculum.byId.books.get(id); return book && { href: href(routes.book(id)), text: book.shortName }; }
      if (component === 'PhaseLink') { const phase = curriculum.byId.phases.get(id); return phase && { href: href(routes.phase(id)), text: `Phase ${phase.order}: ${phase.title}` }; }
      return undefined;
    };
    const guides = new Map<string, PaperGuide>();
    for (const [id, body] of curriculum.bodies.papers) {
      const guide = paperGuide(body, linkFor);
      if (guide) guides.set(id, guide);
    }
    return guides;
  })();
  return cached;
}
