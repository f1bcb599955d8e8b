/**
 * BibTeX files: citation-js's entries (see citation-js.ts) with the two things its BibTeX
 * mapping cannot express, added to the entry it wrote:
 * - months as the standard macros `jan`..`dec` (citation-js writes `month = {7}`, which styles
 *   print as "7 1978"); macros are unbraced, so styles abbreviate or spell them out;
 * - `eprint` and `archivePrefix` for arXiv preprints (its BibTeX mapping has no eprint field);
 * - accents made of a symbol written without a space (`{\"u}`, not `{\" u}`): both are valid
 *   TeX, but Python's bibtexparser and biblatex-csl-converter read the spaced form as a lone
 *   diaeresis and a separate `u`. Letter accents (`{\c c}`) keep the space TeX needs.
 * And one change to what it is given: BibTeX's `number` of a proceedings volume or book is its
 * number in a series, which styles refuse beside a `volume` ("can't use both volume and number
 * fields"), so an issue of a series volume (Fidge 1988: ACSC 10(1)) is written into the volume.
 */
import { bibtexEntries } from './citation-js.ts';
import type { CslItem, Work } from './csl-json.ts';

export const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** `month = {7},` -> `month = jul,` */
export function useMonthMacros(entry: string): string {
  return entry.replace(/^(\s*month = )\{(\d{1,2})\},$/m, (_line, head: string, month: string) => {
    const macro = MONTH_MACROS[Number(month) - 1];
    if (!macro) throw new Error(`BibTeX entry has month ${month}, not 1-12:\n${entry}`);
    return `${head}${macro},`;
  });
}

/** `{\" u}` -> `{\"u}` for the accents named by a symbol: \` \' \^ \" \~ \= \. */
export const tightenAccents = (entry: string) => entry.replace(/\{\\([`'^"~=.]) ([A-Za-z])\}/g, '{\\$1$2}');

/** Adds plain fields (values with no characters BibTeX would need escaped) before the closing brace. */
export function addFields(entry: string, fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([name, value]) => {
    if (!/^[\w.:/-]+$/.test(value)) throw new Error(`Field ${name} = "${value}" needs escaping; add it through CSL-JSON instead.`);
    return `\t${name} = {${value}},`;
  });
  if (lines.length === 0) return entry;
  if (!entry.endsWith('\n}')) throw new Error(`Unexpected BibTeX entry layout from citation-js:\n${entry}`);
  return `${entry.slice(0, -1)}${lines.join('\n')}\n}`;
}

/** The CSL item as citation-js should see it for BibTeX: `volume: '10', issue: '1'` -> `volume: '10(1)'` outside journals. */
export function forBibtex(item: CslItem): CslItem {
  if (item.type === 'article-journal' || item.volume === undefined || item.issue === undefined) return item;
  const { issue, ...rest } = item;
  return { ...rest, volume: `${item.volume}(${issue})` };
}

/** One BibTeX entry per work, in order. */
export function bibtexFor(works: readonly Work[]): string[] {
  const entries = bibtexEntries(works.map((work) => forBibtex(work.csl)));
  return entries.map((entry, index) => {
    const work = works[index]!;
    const arxiv = work.kind === 'paper' && work.item.type === 'preprint' ? work.item.arxiv : undefined;
    return addFields(useMonthMacros(tightenAccents(entry)), arxiv ? { eprint: arxiv, archivePrefix: 'arXiv' } : {});
  });
}

/** A .bib file: a comment line saying where it came from, then the entries, blank-line separated. */
export function bibtexFile(works: readonly Work[], source: string): string {
  return `% ${source}\n% Generated from the site's content; citation keys are stable across builds.\n\n${bibtexFor(works).join('\n\n')}\n`;
}
