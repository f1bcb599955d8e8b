/**
 * Papers and books as CSL-JSON items, the one data format every citation output comes from
 * (BibTeX, RIS and formatted references through citation-js; Highwire tags and JSON-LD here).
 * Pure data mapping: no citation-js, no `astro:*`.
 */
import type { Book, Paper } from '../curriculum.ts';
import { cslTitle } from './title-case.ts';

/** A CSL name: a person split into family and given, or a group (`literal`). */
export type CslName = { family: string; given: string } | { literal: string };

export interface CslDate {
  'date-parts': [[number] | [number, number]];
}

/** The CSL-JSON fields this site writes (CSL 1.0.2; see tests/site/csl-data.schema.json). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article' | 'article-journal' | 'book' | 'chapter' | 'paper-conference' | 'report' | 'webpage';
  title: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  edition?: string;
  publisher?: string;
  'publisher-place'?: string;
  number?: string;
  ISBN?: string;
  DOI?: string;
  URL?: string;
}

/** A work of the bibliography: a paper or a book, with its citation key and CSL-JSON. */
export type Work = { kind: 'paper'; item: Paper; key: string; csl: CslItem } | { kind: 'book'; item: Book; key: string; csl: CslItem };

const cslType = {
  'journal-article': 'article-journal',
  'conference-paper': 'paper-conference',
  'tech-report': 'report',
  'book-chapter': 'chapter',
  // Zotero's mapping of an arXiv preprint: CSL `article`, the repository as publisher.
  preprint: 'article',
} as const satisfies Record<Paper['type'], CslItem['type']>;

/** Names as CSL splits them; a nickname in quotes (`Brian "Beej Jorgensen"`) is not part of a citation. */
const names = (people: readonly { given: string; family: string }[]): CslName[] =>
  people.map(({ family, given }) => ({ family, given: given.replace(/\s*"[^"]*"/g, '').trim() }));

const date = (year: number, month?: number): CslDate => ({ 'date-parts': [month === undefined ? [year] : [year, month]] });

/** Drops undefined fields, so the JSON has only what is known. */
function defined<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as T;
}

const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));

export function paperToCsl(paper: Paper, key: string): CslItem {
  const preprint = paper.type === 'preprint';
  return defined<CslItem>({
    id: key,
    'citation-key': key,
    type: cslType[paper.type],
    // Sentence case, names marked as not to be changed: APA and IEEE print it so, BibTeX braces the names.
    title: cslTitle(paper.title),
    author: names(paper.authors),
    editor: paper.editors && names(paper.editors),
    issued: date(paper.year, paper.month),
    'container-title': paper.container,
    'collection-title': paper.series,
    volume: text(paper.volume),
    issue: text(paper.issue),
    page: paper.pages,
    // A tech report's institution is its publisher in CSL (BibTeX: `institution`).
    publisher: preprint ? 'arXiv' : (paper.publisher ?? paper.institution),
    'publisher-place': paper.publisherPlace,
    number: preprint && paper.arxiv ? `arXiv:${paper.arxiv}` : paper.number,
    ISBN: paper.isbn,
    DOI: paper.doi,
    URL: paper.url ?? (paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : undefined),
  });
}

/** `2nd` -> `2`: CSL styles add the ordinal and "ed." themselves. */
const editionNumber = (edition: string | undefined) => edition?.match(/^(\d+)(?:st|nd|rd|th)?$/)?.[1] ?? edition;

export function bookToCsl(book: Book, key: string): CslItem {
  // Guides, manuals and documentation are web resources. With no person as author, the
  // publisher (or else the resource itself) is the group author, as APA cites them; BibTeX
  // needs an author to sort the entry.
  const author: CslName[] = book.authors.length > 0 ? names(book.authors) : [{ literal: book.publisher ?? book.title.replace(/^The /, '') }];
  return defined<CslItem>({
    id: key,
    'citation-key': key,
    type: book.kind === 'book' ? 'book' : 'webpage',
    title: cslTitle(book.subtitle ? `${book.title}: ${book.subtitle}` : book.title),
    author,
    issued: book.year === undefined ? undefined : date(book.year),
    edition: editionNumber(book.edition),
    publisher: book.publisher,
    'publisher-place': book.publisherPlace,
    ISBN: book.isbn,
    URL: book.url,
  });
}
