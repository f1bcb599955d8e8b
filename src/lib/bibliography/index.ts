/**
 * The whole bibliography: every paper and book as a citable work with a stable key, grouped by
 * phase, and every output the site publishes (BibTeX, CSL-JSON, RIS, formatted references).
 * Built from the curriculum; no `astro:*` imports.
 */
import type { Curriculum, Phase } from '../curriculum.ts';
import { bibtexFile, bibtexFor } from './bibtex.ts';
import { assignCitationKeys } from './citation-keys.ts';
import { formatReference, formatReferenceList, referenceStyles, type ReferenceStyle } from './citation-js.ts';
import { bookToCsl, paperToCsl, type CslItem, type Work } from './csl-json.ts';
import { risFile } from './ris.ts';

export { referenceStyles, type ReferenceStyle } from './citation-js.ts';
export type { CslItem, CslName, Work } from './csl-json.ts';

export interface Bibliography {
  /** Every work: phase by phase, each phase's papers in reading order, then its books by title. */
  works: Work[];
  /** Works by content id (paper and book ids do not overlap). */
  byId: Map<string, Work>;
  /** The phases with the works each assigns, in phase order. */
  phases: Array<{ phase: Phase; works: Work[] }>;
}

export function buildBibliography(curriculum: Curriculum): Bibliography {
  const keys = assignCitationKeys([
    ...curriculum.papers.map((paper) => ({ id: paper.id, author: paper.authors[0]!.family, year: paper.year, month: paper.month, title: paper.title })),
    ...curriculum.books.map((book) => ({ id: book.id, author: book.authors[0]?.family ?? book.publisher ?? book.title, year: book.year, title: book.title })),
  ]);
  const phases = curriculum.phases.map((phase) => ({
    phase,
    works: [
      ...curriculum.papers.filter((paper) => paper.phase === phase.id).map((paper): Work => ({ kind: 'paper', item: paper, key: keys.get(paper.id)!, csl: paperToCsl(paper, keys.get(paper.id)!) })),
      ...curriculum.books.filter((book) => book.phase === phase.id).map((book): Work => ({ kind: 'book', item: book, key: keys.get(book.id)!, csl: bookToCsl(book, keys.get(book.id)!) })),
    ],
  }));
  const works = phases.flatMap((group) => group.works);
  const byId = new Map(works.map((work) => [work.item.id, work]));
  if (byId.size !== curriculum.papers.length + curriculum.books.length) throw new Error('A paper and a book share an id, or a work has no phase: every work needs its own id and a known phase.');
  return { works, byId, phases };
}

/** The CSL-JSON of the works, as /bibliography.json publishes it. */
export const cslJson = (works: readonly Work[]): CslItem[] => works.map((work) => work.csl);

export interface FormattedReference { style: ReferenceStyle; label: string; title: string; html: string; text: string }
const formatted = new WeakMap<Work, FormattedReference[]>();

/**
 * A work's reference in every style the site shows. Formatted once per work and build (a CSL
 * run costs about a millisecond): the paper page, the handbook and the reading lists share it.
 */
export function referencesOf(work: Work): FormattedReference[] {
  let references = formatted.get(work);
  if (!references) {
    references = referenceStyles.map((style) => ({ style: style.id, label: style.label, title: style.title, ...formatReference(work.csl, style.id) }));
    formatted.set(work, references);
  }
  return references;
}

/** A work's reference in one style. */
export const referenceOf = (work: Work, style: ReferenceStyle): FormattedReference => referencesOf(work).find((reference) => reference.style === style)!;

/** Each phase's works formatted as one reference list in a style, sorted as the style sorts. */
export function referenceLists(bibliography: Bibliography, style: ReferenceStyle): Array<{ phase: Phase; entries: Array<{ work: Work; html: string }> }> {
  return bibliography.phases.map(({ phase, works }) => ({
    phase,
    entries: formatReferenceList(cslJson(works), style).map(([key, html]) => ({ work: works.find((work) => work.key === key)!, html })),
  }));
}

export { bibtexFile, bibtexFor, risFile };
