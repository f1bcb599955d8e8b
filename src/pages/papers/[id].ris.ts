import type { APIRoute, GetStaticPaths } from 'astro';
import { getBibliography } from '../../data/bibliography.ts';
import { risFile, type Work } from '../../lib/bibliography/index.ts';
import { fileResponse } from '../../lib/content-types.ts';

export const getStaticPaths = (async () => {
  const { works } = await getBibliography();
  return works.filter((work) => work.kind === 'paper').map((work) => ({ params: { id: work.item.id }, props: { work } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ work: Work }> = ({ props }) => fileResponse(risFile([props.work]), '.ris');
