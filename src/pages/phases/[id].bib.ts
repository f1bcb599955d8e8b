import type { APIRoute, GetStaticPaths } from 'astro';
import { getBibliography } from '../../data/bibliography.ts';
import { bibtexFile, type Work } from '../../lib/bibliography/index.ts';
import { fileResponse } from '../../lib/content-types.ts';

export const getStaticPaths = (async () => {
  const { phases } = await getBibliography();
  return phases.map(({ phase, works }) => ({ params: { id: phase.id }, props: { title: `Phase ${phase.order}: ${phase.title}`, works } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; works: Work[] }> = ({ props }) =>
  fileResponse(bibtexFile(props.works, `Distributed Systems Roadmap, ${props.title}: its papers and books`), '.bib');
