/**
 * "Cite several": a file of just the works a reader picks, made in the browser from the entries
 * the build wrote for each work (`/bibliography/entries.json`), so the selection's BibTeX, RIS
 * and CSL-JSON are exactly the site's own, joined as the site's whole-bibliography files are.
 */
import type { CslItem } from './csl-json.ts';

/** One work's outputs, as the build made them. */
export interface WorkEntry {
  id: string;
  key: string;
  bibtex: string;
  ris: string;
  csl: CslItem;
}

export type SelectionFormat = 'bib' | 'ris' | 'json';

export const selectionFile = {
  bib: { type: 'application/x-bibtex', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems', extension: 'ris' },
  json: { type: 'application/vnd.citationstyles.csl+json', extension: 'json' },
} as const;

/** The file of the chosen works (in the order of `entries`) in `format`. */
export function selectionText(entries: readonly WorkEntry[], chosen: ReadonlySet<string>, format: SelectionFormat): string {
  const picked = entries.filter((entry) => chosen.has(entry.id));
  if (format === 'bib') return `% Distributed Systems Roadmap: ${picked.length} selected works\n\n${picked.map((entry) => entry.bibtex).join('\n\n')}\n`;
  if (format === 'ris') return `${picked.map((entry) => entry.ris.replace(/\r\n$/, '')).join('\r\n\r\n')}\r\n`;
  return `${JSON.stringify(picked.map((entry) => entry.csl), null, 2)}\n`;
}
