/**
 * BibTeX files: citation-js's entries (see citation-js.ts) with the two things its BibTeX
 * mapping cannot express, added to the entry it wrote:
 * - months as the standard macros `jan`..`dec` (citation-js writes `month = {7}`, which styles
 *   print as "7 1978"); macros are unbraced, so styles abbreviate or spell them out;
 * - `eprint` and `archivePrefix` for arXiv preprints (its BibTeX mapping has no eprint field);
 * - accents made of a symbol written without a space (`{\"u}`, not `{\" u}`): both are valid
 *   TeX, but Python's bibtexparser and biblatex-csl-converter read the spaced form as a lone
 *   diaeresis and a separate `u`. Letter accents (`{\c c}`) keep the space TeX needs.
 * - title case kept by single braces where citation-js writes a CSL `nocase` mark as two pairs.
 */
import { bibtexEntries } from './citation-js.ts';
import type { Work } from './csl-json.ts';
import { oncePer } from '../memo.ts';

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

/**
 * Braces inside a brace group protect nothing more, so they are dropped; accent commands
 * (`{\\"u}`, `\\'{e}`) keep theirs. citation-js writes a CSL `nocase` word as `{{MapReduce}}`, and one
 * holding capitals after punctuation as `{{Amazon}'s}` or `{{TCP}/{IP}}`.
 */
export function flattenBraces(value: string): string {
  const drop = new Set<number>();
  const open: boolean[] = [];
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '{') {
      const command = value[index - 1] === '\\' || /^[a-zA-Z]$/.test(value[index - 1] ?? '') || value[index + 1] === '\\';
      const dropped = open.length > 0 && !command && !/\\[^{}]*$/.test(value.slice(0, index).split('{').pop() ?? '');
      open.push(dropped);
      if (dropped) drop.add(index);
    } else if (char === '}') {
      if (open.pop()) drop.add(index);
    }
  }
  return value
    .split('')
    .filter((_char, index) => !drop.has(index))
    .join('');
}

/** The title line with {@link flattenBraces} applied: one pair of braces protects each kept word. */
export const singleBraces = (entry: string) => entry.replace(/^(\s*title = \{)(.*)(\},)$/m, (_line, head: string, value: string, tail: string) => head + flattenBraces(value) + tail);

/**
 * Each work's entry, made once per build: a paper's entry is on its page, in its own .bib file,
 * its phase's, the whole bibliography's and the selection data, and making it five times was
 * 1.0 s of the main thread at 30 times the curriculum. Entries are made one work at a time
 * (bibtexEntries), so one made for another list is the same text.
 */
const entryOf = oncePer((work: Work): string => {
  const arxiv = work.kind === 'paper' && work.item.type === 'preprint' ? work.item.arxiv : undefined;
  return addFields(useMonthMacros(tightenAccents(singleBraces(bibtexEntries([work.csl])[0]!))), arxiv ? { eprint: arxiv, archivePrefix: 'arXiv' } : {});
});

/** One BibTeX entry per work, in order. */
export const bibtexFor = (works: readonly Work[]): string[] => works.map(entryOf);

/** A .bib file: a comment line saying where it came from, then the entries, blank-line separated. */
export function bibtexFile(works: readonly Work[], source: string): string {
  return `% ${source}\n% Generated from the site's content; citation keys are stable across builds.\n\n${bibtexFor(works).join('\n\n')}\n`;
}
