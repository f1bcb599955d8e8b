import type { APIRoute } from 'astro';
import { getBibliography } from '../data/bibliography.ts';
import { bibtexFile } from '../lib/bibliography/index.ts';
import { fileResponse } from '../lib/content-types.ts';

export const GET: APIRoute = async () => {
  const { works } = await getBibliography();
  return fileResponse(bibtexFile(works, 'Distributed Systems Roadmap: every paper and book of the curriculum'), '.bib');
};
