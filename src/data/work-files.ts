/** The .bib and .ris endpoints of each work (papers under /papers/, books under /books/), written once. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtexFor, risFile, type Work } from '../lib/bibliography/index.ts';
import { fileResponse } from '../lib/content-types.ts';
import { getBibliography } from './bibliography.ts';

/** One path per work of `kind`, its id as the page's `id`. */
export const workPaths = (kind: Work['kind']): GetStaticPaths => async () => {
  const { works } = await getBibliography();
  return works.filter((work) => work.kind === kind).map((work) => ({ params: { id: work.item.id }, props: { work } }));
};

export const bibtexOfWork: APIRoute<{ work: Work }> = ({ props }) => fileResponse(`${bibtexFor([props.work]).join('')}\n`, '.bib');
export const risOfWork: APIRoute<{ work: Work }> = ({ props }) => fileResponse(risFile([props.work]), '.ris');
