/**
 * Machine-readable citation metadata for a paper's page, so Zotero, Mendeley and Google Scholar
 * pick the paper up by themselves: Highwire Press `citation_*` meta tags (Google Scholar's
 * inclusion guidelines) and a schema.org `ScholarlyArticle` JSON-LD block. Both come from the
 * paper's CSL-JSON.
 */
import type { CslItem, CslName } from './csl-json.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const personName = (name: CslName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

const [firstPage, lastPage] = [(page: string) => page.split('-')[0]!, (page: string) => page.split('-')[1]];

/** `citation_*` tags in the order Google Scholar documents them. */
export function highwireTags(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | undefined) => {
    if (content) tags.push({ name: `citation_${name}`, content });
  };
  add('title', item.title);
  for (const author of item.author ?? []) add('author', personName(author));
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  add('publication_date', year === undefined ? undefined : month === undefined ? String(year) : `${year}/${String(month).padStart(2, '0')}`);
  const container = {
    'article-journal': 'journal_title',
    'paper-conference': 'conference_title',
    chapter: 'inbook_title',
  } as Partial<Record<CslItem['type'], string>>;
  const containerTag = container[item.type];
  if (containerTag) add(containerTag, item['container-title']);
  add('series_title', item['collection-title']);
  add('volume', item.volume);
  add('issue', item.issue);
  add('firstpage', item.page && firstPage(item.page));
  add('lastpage', item.page && lastPage(item.page));
  if (item.type === 'report') {
    add('technical_report_institution', item.publisher);
    add('technical_report_number', item.number);
  } else {
    add('publisher', item.publisher);
  }
  add('isbn', item.ISBN);
  add('doi', item.DOI);
  add('arxiv_id', item.number?.startsWith('arXiv:') ? item.number.slice('arXiv:'.length) : undefined);
  if (item.URL?.toLowerCase().endsWith('.pdf')) add('pdf_url', item.URL);
  else add('abstract_html_url', item.URL);
  return tags;
}

const schemaPerson = (name: CslName) =>
  'literal' in name ? { '@type': 'Organization', name: name.literal } : { '@type': 'Person', name: `${name.given} ${name.family}`, givenName: name.given, familyName: name.family };

/** What the paper appeared in, as schema.org nests it: issue in volume in periodical, or a book. */
function isPartOf(item: CslItem): object | undefined {
  const title = item['container-title'];
  if (!title) return undefined;
  if (item.type === 'article-journal') {
    const periodical = { '@type': 'Periodical', name: title };
    const volume = item.volume ? { '@type': 'PublicationVolume', volumeNumber: item.volume, isPartOf: periodical } : periodical;
    return item.issue ? { '@type': 'PublicationIssue', issueNumber: item.issue, isPartOf: volume } : volume;
  }
  return { '@type': 'Book', name: title, ...(item.ISBN && { isbn: item.ISBN }), ...(item.editor && { editor: item.editor.map(schemaPerson) }) };
}

/** A schema.org ScholarlyArticle for the paper whose page is at `pageUrl`. */
export function scholarlyArticle(item: CslItem, pageUrl: string): object {
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': pageUrl,
    headline: item.title,
    name: item.title,
    author: (item.author ?? []).map(schemaPerson),
    ...(year !== undefined && { datePublished: month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}` }),
    ...(isPartOf(item) && { isPartOf: isPartOf(item) }),
    ...(item.page && { pageStart: firstPage(item.page), pageEnd: lastPage(item.page), pagination: item.page }),
    ...(item.publisher && { publisher: { '@type': 'Organization', name: item.publisher } }),
    ...(item.DOI && { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: item.DOI }, sameAs: `https://doi.org/${item.DOI}` }),
    ...(item.URL && { url: item.URL }),
  };
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
