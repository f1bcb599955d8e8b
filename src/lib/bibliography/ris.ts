/**
 * RIS files from citation-js's RIS records (tags and values; see citation-js.ts). The records
 * are written here, one `TAG  - value` line each, because citation-js's RIS text output breaks
 * every value longer than 70 characters onto a new line (mid-word), which importers read as
 * a different value. Lines end with CRLF and records are separated by a blank line, as the
 * RIS specification and Zotero's exports do.
 */
import { risRecords, type RisRecord } from './citation-js.ts';
import type { CslItem, Work } from './csl-json.ts';
import { plainTitle } from './title-case.ts';
import { oncePer } from '../memo.ts';

export function risRecordText(record: RisRecord): string {
  const { TY, ...rest } = record;
  const line = (tag: string, value: string | number) => {
    const text = String(value);
    if (/[\r\n]/.test(text)) throw new Error(`RIS ${tag} value spans lines: ${JSON.stringify(text)}`);
    return `${tag}  - ${text}`;
  };
  const lines = [line('TY', String(TY))];
  for (const [tag, values] of Object.entries(rest)) for (const value of [values].flat()) lines.push(line(tag, value));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/**
 * What the site changes in citation-js's record: titles as plain text (CSL's case marks are
 * markup), and the year as PY with the date as DA (`2014/06//`), as Zotero and EndNote read
 * them; citation-js gives some types only a DA with an empty month (`2004///`) and no PY.
 */
export function completeRecord(record: RisRecord, item: CslItem): RisRecord {
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const { PY: _py, DA: _da, C2: _c2, ...rest } = record;
  const plain = Object.fromEntries(Object.entries(rest).map(([tag, value]) => [tag, typeof value === 'string' ? plainTitle(value) : value]));
  if (year === undefined) return plain;
  const date = `${year}/${month === undefined ? '' : String(month).padStart(2, '0')}//`;
  return { ...plain, PY: year, DA: date };
}

/** Each work's record, made once per build (a paper's is in its own .ris file, the whole bibliography's and the selection data). */
const recordOf = oncePer((work: Work): string => risRecordText(completeRecord(risRecords([work.csl])[0]!, work.csl)));

export const risFile = (works: readonly Work[]): string => `${works.map(recordOf).join('\r\n\r\n')}\r\n`;
