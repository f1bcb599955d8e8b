/**
 * Machine-readable citation metadata for a work's page, so Zotero, Mendeley and Google Scholar
 * pick the work up by themselves: Highwire Press `citation_*` meta tags (Google Scholar's
 * inclusion guidelines) and a schema.org JSON-LD block.
 *
 * The tags are chosen and ordered for Zotero's "Embedded Metadata" translator, which reads only
 * `citation_*` and Dublin Core tags and decides the item type from the *last* tag that names a
 * type: a proceedings paper gives `citation_inbook_title` (its proceedings title, which Zotero
 * exports as BibTeX `booktitle`) and then `citation_conference_title` (the conference's name,
 * last, so the item is a conference paper); a preprint, a book or a web resource names no
 * Highwire type and says what it is in `DC.type`. Zotero takes the item's URL from
 * `citation_abstract_html_url`: the publisher's page where there is one, else the work's own
 * address, never the study page.
 */
import type { CslName, Work } from './csl-json.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const personName = (name: CslName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

/** The title as printed (the CSL title is sentence case for citation styles). */
export const printedTitle = (work: Work) => (work.kind === 'book' && work.item.subtitle ? `${work.item.title}: ${work.item.subtitle}` : work.item.title);

const pageRange = (pages: string | undefined) => (pages ? (pages.split('-') as [string, string?]) : []);

export function highwireTags(work: Work): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | number | undefined) => {
    if (content !== undefined && content !== '') tags.push({ name, content: String(content) });
  };
  const csl = work.csl;
  add('citation_title', printedTitle(work));
  for (const author of csl.author ?? []) add('citation_author', personName(author));
  const [year, month] = csl.issued?.['date-parts'][0] ?? [];
  add('citation_publication_date', year === undefined ? undefined : month === undefined ? String(year) : `${year}/${String(month).padStart(2, '0')}`);

  if (work.kind === 'book') {
    add('citation_publisher', work.item.publisher);
    add('citation_isbn', work.item.isbn);
    add('DC.type', work.item.kind === 'book' ? 'book' : 'webpage');
  } else {
    const paper = work.item;
    const [first, last] = pageRange(paper.pages);
    switch (paper.type) {
      case 'journal-article':
        add('citation_journal_title', paper.container);
        add('citation_volume', paper.volume);
        add('citation_issue', paper.issue);
        break;
      case 'conference-paper':
        add('citation_inbook_title', paper.container);
        break;
      case 'book-chapter':
        add('citation_inbook_title', paper.container);
        for (const editor of csl.editor ?? []) add('citation_editor', personName(editor));
        add('citation_series_title', paper.series);
        add('citation_volume', paper.volume);
        break;
      case 'tech-report':
        add('citation_technical_report_institution', paper.institution);
        add('citation_technical_report_number', paper.number);
        break;
      case 'preprint':
        add('citation_arxiv_id', paper.arxiv);
        add('DC.type', 'preprint');
        break;
    }
    add('citation_firstpage', first);
    add('citation_lastpage', last);
    if (paper.type !== 'tech-report') add('citation_publisher', paper.type === 'preprint' ? 'arXiv' : paper.publisher);
    add('citation_isbn', paper.isbn);
    // Last of the type-naming tags: Zotero makes the item a conference paper.
    if (paper.type === 'conference-paper') add('citation_conference_title', paper.venue);
    add('citation_doi', paper.doi);
  }
  const url = work.item.url;
  const pdf = url?.toLowerCase().endsWith('.pdf') ? url : undefined;
  add('citation_abstract_html_url', work.item.landingPage ?? url);
  add('citation_pdf_url', pdf);
  return tags;
}

const schemaPerson = (name: CslName) =>
  'literal' in name ? { '@type': 'Organization', name: name.literal } : { '@type': 'Person', name: `${name.given} ${name.family}`, givenName: name.given, familyName: name.family };

/** What the paper appeared in, as schema.org nests it: issue in volume in periodical, or a book. */
function isPartOf(work: Work): object | undefined {
  if (work.kind === 'book' || !work.item.container) return undefined;
  const { csl, item } = work;
  if (item.type === 'journal-article') {
    const periodical = { '@type': 'Periodical', name: item.container };
    const volume = csl.volume ? { '@type': 'PublicationVolume', volumeNumber: csl.volume, isPartOf: periodical } : periodical;
    return csl.issue ? { '@type': 'PublicationIssue', issueNumber: csl.issue, isPartOf: volume } : volume;
  }
  return { '@type': 'Book', name: item.container, ...(csl.ISBN && { isbn: csl.ISBN }), ...(csl.editor && { editor: csl.editor.map(schemaPerson) }) };
}

/** A schema.org ScholarlyArticle (a paper) or Book (a book or resource) for the work's page at `pageUrl`. */
export function scholarlyArticle(work: Work, pageUrl: string): object {
  const csl = work.csl;
  const [year, month] = csl.issued?.['date-parts'][0] ?? [];
  const [first, last] = pageRange(csl.page);
  const title = printedTitle(work);
  return {
    '@context': 'https://schema.org',
    '@type': work.kind === 'book' ? (work.item.kind === 'book' ? 'Book' : 'WebPage') : 'ScholarlyArticle',
    '@id': pageUrl,
    headline: title,
    name: title,
    author: (csl.author ?? []).map(schemaPerson),
    ...(year !== undefined && { datePublished: month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}` }),
    ...(isPartOf(work) && { isPartOf: isPartOf(work) }),
    ...(csl.page && { pageStart: first, pageEnd: last, pagination: csl.page }),
    ...(csl.publisher && { publisher: { '@type': 'Organization', name: csl.publisher } }),
    ...(work.kind === 'book' && csl.ISBN && { isbn: csl.ISBN }),
    ...(csl.DOI && { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: csl.DOI }, sameAs: `https://doi.org/${csl.DOI}` }),
    ...((work.item.landingPage ?? csl.URL) && { url: work.item.landingPage ?? csl.URL }),
  };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
