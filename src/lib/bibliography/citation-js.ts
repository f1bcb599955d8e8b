/**
 * The one place citation-js is loaded and configured on the main thread: everything else asks
 * this module for BibTeX entries and RIS records, and nothing else imports `@citation-js/*` or
 * touches its global, mutable configuration (tests included). Formatted references (citeproc,
 * the slow part) are made in a worker thread by reference-worker.ts, from the styles below
 * (styles.ts names them and their files).
 *
 * Packages: `@citation-js/core`, `plugin-bibtex` and `plugin-csl` 0.9 (they ship their own
 * types), and `plugin-ris` 0.8 (the newest; its types are in src/types/citation-js-plugin-ris.d.ts,
 * and package.json overrides its `@citation-js/core@^0.8` peer range).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-json.ts';
import { referenceStyleFiles, styleFolder } from './styles.ts';

export type { ReferenceStyle } from './styles.ts';

/** Every file of vendor/csl-styles/ as text, by path (Vite reads them into the bundle). */
const styleTexts = import.meta.glob<string>('../../../vendor/csl-styles/*.csl', { query: '?raw', import: 'default', eager: true });

/**
 * The reference styles (styles.ts) with their CSL text, registered in the worker under our own
 * names so citation-js's bundled APA is never used.
 */
export const referenceStyles = referenceStyleFiles.map((style) => {
  const xml = styleTexts[`../../../${styleFolder}/${style.file}`];
  if (xml === undefined) throw new Error(`The citation style ${style.file} is missing from ${styleFolder}/: put the CSL file back, or take its line out of src/lib/bibliography/styles.ts.`);
  return { ...style, xml };
});

const bibtex = plugins.config.get('@bibtex');
// Keys are made by citation-keys.ts: use the CSL id as the label, unchanged.
bibtex.format.useIdAsLabel = true;
bibtex.format.checkLabel = false;
// Escape non-ASCII as LaTeX (`ç` -> `{\c c}`) so BibTeX 0.99 and biber read the same names.
bibtex.format.asciiOnly = true;
// A book chapter with its own authors is an @incollection (citation-js's default is @inbook).
bibtex.types.bibtex.target.chapter = 'incollection';
// An arXiv preprint (CSL `article`) is a @misc: an @article without a journal makes BibTeX warn.
bibtex.types.bibtex.target.article = 'misc';

const cite = (items: readonly CslItem[]) => new Cite(items.map((item) => ({ ...item })));

/** citation-js's BibTeX for the items, one entry each, in order. */
export function bibtexEntries(items: readonly CslItem[]): string[] {
  return items.map((item) => cite([item]).format('bibtex', { format: 'text' }).trim());
}

/** citation-js's RIS records as tag -> values objects, one per item, in order. */
export function risRecords(items: readonly CslItem[]): RisRecord[] {
  return cite(items).format('ris', { format: 'object', spec: 'mixed' });
}
export type RisRecord = Record<string, string | number | Array<string | number>>;

/** Strips tags and decodes the entities citeproc writes; white space is folded to single spaces. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&#60;|&lt;/g, '<')
    .replace(/&#62;|&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
