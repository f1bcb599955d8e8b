/**
 * RIS files from citation-js's RIS records (tags and values; see citation-js.ts). The records
 * are written here, one `TAG  - value` line each, because citation-js's RIS text output breaks
 * every value longer than 70 characters onto a new line (mid-word), which importers read as
 * a different value. Lines end with CRLF and records are separated by a blank line, as the
 * RIS specification and Zotero's exports do.
 */
import { risRecords, type RisRecord } from './citation-js.ts';
import type { Work } from './csl-json.ts';

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

export function risFile(works: readonly Work[]): string {
  return `${risRecords(works.map((work) => work.csl)).map(risRecordText).join('\r\n\r\n')}\r\n`;
}
