/** Every paper's reading guide as data (question, prompts), for meeting pages and calendars. */
import { paperGuide, type PaperGuide } from '../lib/guide.ts';
import { getLinkFor } from './bodies.ts';
import { getCurriculum } from './curriculum.ts';

let cached: Promise<Map<string, PaperGuide>> | undefined;

export function getGuides(): Promise<Map<string, PaperGuide>> {
  cached ??= (async () => {
    const curriculum = await getCurriculum();
    const linkFor = await getLinkFor();
    const guides = new Map<string, PaperGuide>();
    for (const [id, body] of curriculum.bodies.papers) {
      const guide = paperGuide(body, linkFor);
      if (guide) guides.set(id, guide);
    }
    return guides;
  })();
  return cached;
}
