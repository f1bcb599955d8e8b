/** "Cite several": the file of the chosen works, in each format, from small entries. */
import { describe, expect, it } from 'vitest';
import { selectionText, type WorkEntry } from '../../src/lib/bibliography/selection.ts';

const entry = (id: string, key: string): WorkEntry => ({
  id,
  key,
  bibtex: `@misc{${key},\n\ttitle = {${id}},\n}`,
  ris: `TY  - GEN\r\nID  - ${key}\r\nER  - \r\n`,
  csl: { id: key, 'citation-key': key, type: 'webpage', title: id },
});
const entries = [entry('a', 'alpha2000a'), entry('b', 'beta2001b'), entry('c', 'gamma2002c')];

describe('selectionText', () => {
  it('joins the chosen BibTeX entries in the order of the entries, under one comment line', () => {
    expect(selectionText(entries, new Set(['c', 'a']), 'bib')).toBe('% Distributed Systems Roadmap: 2 selected works\n\n@misc{alpha2000a,\n\ttitle = {a},\n}\n\n@misc{gamma2002c,\n\ttitle = {c},\n}\n');
  });

  it('separates RIS records by one blank line with CRLF line ends', () => {
    expect(selectionText(entries, new Set(['a', 'b']), 'ris')).toBe('TY  - GEN\r\nID  - alpha2000a\r\nER  - \r\n\r\nTY  - GEN\r\nID  - beta2001b\r\nER  - \r\n');
  });

  it('writes CSL-JSON as an array of the chosen items, and ignores ids it does not know', () => {
    expect(JSON.parse(selectionText(entries, new Set(['b', 'zzz']), 'json'))).toEqual([{ id: 'beta2001b', 'citation-key': 'beta2001b', type: 'webpage', title: 'b' }]);
  });
});
