/**
 * The whole bibliography: every paper and book as a citable work with a stable key, grouped by
 * phase, and every output the site publishes (BibTeX, CSL-JSON, RIS, formatted references).
 * Built from the curriculum; no `astro:*` imports.
 */
import type { Curriculum, Phase } from '../curriculum.ts';
import { bibtexFile, bibtexFor } from './bibtex.ts';
import { assignCitationKeys } from './citation-keys.ts';
import { htmlToText, referenceStyles, type ReferenceStyle } from './citation-js.ts';
import { bookToCsl, paperToCsl, type CslItem, type Work } from './csl-json.ts';
import type { FormatJob, FormattedItems, FormattedLists } from './reference-worker.ts';
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

/** Every work's formatted references. */
export interface References {
  /** A work's reference in every style the site shows, in the order of `referenceStyles`. */
  of(work: Work): FormattedReference[];
  /** A work's reference in one style. */
  inStyle(work: Work, style: ReferenceStyle): FormattedReference;
}

/** Each phase's works as one reference list, sorted as the list style sorts. */
export type ReferenceLists = Array<{ phase: Phase; entries: Array<{ work: Work; html: string }> }>;

/**
 * What to format for the whole site: each work alone in every style (a reference formatted
 * alone has no list effects, such as APA's 2011a/2011b), and each phase's works as a list.
 */
export function referenceJob(bibliography: Bibliography, listStyle: ReferenceStyle = 'apa'): FormatJob {
  return {
    styles: referenceStyles.map(({ id, xml }) => ({ id, xml })),
    items: cslJson(bibliography.works),
    lists: bibliography.phases.map(({ works }) => cslJson(works)),
    listStyle,
  };
}

/** One work's references, one per style, from its formatted item (style id -> HTML). */
export function workReferences(work: Work, formatted: Readonly<Record<string, string>> | undefined): FormattedReference[] {
  return referenceStyles.map(({ id, label, title }) => {
    const html = formatted?.[id];
    if (html === undefined) throw new Error(`The formatted references have no ${label} reference for ${work.item.id} (${work.key}).`);
    return { style: id, label, title, html, text: htmlToText(html) };
  });
}

/** The works' references from the formatted items of `referenceJob(bibliography)`. */
export function referencesFrom(bibliography: Bibliography, items: FormattedItems): References {
  const byWork = new Map(bibliography.works.map((work) => [work.item.id, workReferences(work, items[work.key])]));
  const of = (work: Work) => byWork.get(work.item.id) ?? [];
  return { of, inStyle: (work, style) => of(work).find((reference) => reference.style === style)! };
}

/** The phases' reference lists from the formatted lists of `referenceJob(bibliography)`. */
export function referenceListsFrom(bibliography: Bibliography, lists: FormattedLists): ReferenceLists {
  return bibliography.phases.map(({ phase, works }, index) => ({
    phase,
    entries: (lists[index] ?? []).map(([key, html]) => ({ work: works.find((work) => work.key === key)!, html })),
  }));
}

export { bibtexFile, bibtexFor, risFile };
