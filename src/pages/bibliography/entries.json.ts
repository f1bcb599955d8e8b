/** Every work's BibTeX entry, RIS record and CSL-JSON item, for the "cite several" selection on /bibliography/. */
import type { APIRoute } from 'astro';
import { getBibliography } from '../../data/bibliography.ts';
import { bibtexFor, risFile } from '../../lib/bibliography/index.ts';
import type { WorkEntry } from '../../lib/bibliography/selection.ts';
import { fileResponse } from '../../lib/content-types.ts';

export const GET: APIRoute = async () => {
  const { works } = await getBibliography();
  const bibtex = bibtexFor(works);
  const entries: WorkEntry[] = works.map((work, index) => ({ id: work.item.id, key: work.key, bibtex: bibtex[index]!, ris: risFile([work]), csl: work.csl }));
  return fileResponse(`${JSON.stringify(entries)}\n`, '.json');
};
