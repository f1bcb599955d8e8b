/**
 * The citation files in dist/: /bibliography.bib read by @retorquere/bibtex-parser (the parser
 * behind Better BibTeX for Zotero), /bibliography.json against the CSL-JSON schema, and
 * /bibliography.ris record by record; the per-phase and per-paper files; the paper pages'
 * machine-readable metadata.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CslItem, CslName } from '../../src/lib/bibliography/index.ts';
import { plainTitle } from '../../src/lib/bibliography/title-case.ts';
import { assertBuilt, decodeEntities, distFiles, readDist } from '../support/dist.ts';

let csl: CslItem[];
let entries: Entry[];
const bookIds = () => distFiles().filter((file) => /^books\/[^/]+\.bib$/.test(file)).map((file) => file.slice('books/'.length, -'.bib'.length));
const paperIds = () => distFiles().filter((file) => /^papers\/[^/]+\.bib$/.test(file)).map((file) => file.slice('papers/'.length, -'.bib'.length));

beforeAll(() => {
  assertBuilt();
  csl = JSON.parse(readDist('bibliography.json')) as CslItem[];
  const library = parse(readDist('bibliography.bib'));
  expect(library.errors).toEqual([]);
  entries = library.entries;
});

const nfc = (text: string) => text.normalize('NFC');
const creatorName = (creator: Creator) => (creator.name !== undefined ? { literal: nfc(creator.name) } : { family: nfc(creator.lastName ?? ''), given: nfc(creator.firstName ?? '') });
const cslName = (name: CslName) => ('literal' in name ? { literal: nfc(name.literal) } : { family: nfc(name.family), given: nfc(name.given) });

describe('/bibliography.bib', () => {
  it('parses with no errors into one entry per work, with the keys of the CSL-JSON', () => {
    expect(csl).toHaveLength(29 + 5);
    expect(entries.map((entry) => entry.key)).toEqual(csl.map((item) => item.id));
  });

  it('round-trips every author and editor exactly (after NFC)', () => {
    for (const [index, item] of csl.entries()) {
      const fields = entries[index]!.fields;
      expect((fields.author ?? []).map(creatorName), item.id).toEqual((item.author ?? []).map(cslName));
      expect((fields.editor ?? []).map(creatorName), item.id).toEqual((item.editor ?? []).map(cslName));
    }
  });

  it('round-trips every page range, with an en dash where the .bib has --', () => {
    for (const [index, item] of csl.entries()) expect(entries[index]!.fields['pages'], item.id).toBe(item.page?.replace('-', '–'));
  });

  it('gives each entry the type its publication type needs', () => {
    const types = Object.fromEntries(entries.map((entry, index) => [csl[index]!.type, entry.type]));
    expect(types).toEqual({ 'paper-conference': 'inproceedings', 'article-journal': 'article', report: 'techreport', chapter: 'incollection', article: 'misc', book: 'book', webpage: 'misc' });
  });

  it('gives every entry the fields its type requires', () => {
    const required: Record<string, string[]> = {
      article: ['author', 'title', 'journal', 'year', 'volume'],
      inproceedings: ['author', 'title', 'booktitle', 'year'],
      incollection: ['author', 'title', 'booktitle', 'publisher', 'year'],
      techreport: ['author', 'title', 'institution', 'number', 'year'],
      book: ['author', 'title', 'publisher', 'year', 'isbn'],
      misc: ['author', 'title', 'url'],
    };
    const missing = entries.flatMap((entry) => required[entry.type]!.filter((field) => !(field in entry.fields)).map((field) => `${entry.key}: ${field}`));
    expect(missing).toEqual([]);
    const preprints = entries.filter((entry) => entry.fields['archiveprefix'] !== undefined);
    expect(preprints.map((entry) => [entry.key, entry.type, entry.fields['eprint'], entry.fields['archiveprefix']])).toEqual([['howard2016flexible', 'misc', '1608.06696', 'arXiv']]);
  });

  it('writes months as the macros jan..dec', () => {
    const months = readDist('bibliography.bib').match(/^\s*month = .*$/gm)!.map((line) => line.trim());
    expect(months.length).toBe(csl.filter((item) => item.issued?.['date-parts'][0][1] !== undefined).length);
    for (const line of months) expect(line).toMatch(/^month = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),$/);
  });

  it('is ASCII only, so BibTeX 0.99 reads it as biber does', () => {
    expect(readDist('bibliography.bib')).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
  });
});

describe('/bibliography.json', () => {
  it('validates against the CSL-JSON schema (CSL 1.0.2)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(resolve('tests/site/csl-data.schema.json'), 'utf8')) as object);
    expect(validate(csl) ? [] : validate.errors).toEqual([]);
  });

  it('splits every person into family and given names', () => {
    const people = csl.flatMap((item) => [...(item.author ?? []), ...(item.editor ?? [])]);
    const groups = people.filter((name) => 'literal' in name);
    expect(groups).toEqual([{ literal: 'Linux man-pages project' }, { literal: 'Cloudflare' }]);
    for (const name of people.filter((name) => !('literal' in name))) expect(Object.keys(name).sort()).toEqual(['family', 'given']);
  });
});

describe('/bibliography.ris', () => {
  const records = () => readDist('bibliography.ris').split('\r\n\r\n').map((record) => record.trim().split('\r\n'));

  it('has one TY .. ER record per work, with the RIS type of its publication type', () => {
    const ris = readDist('bibliography.ris');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(csl.length);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(csl.length);
    const expected: Record<string, string> = { 'article-journal': 'JOUR', 'paper-conference': 'CONF', report: 'RPRT', chapter: 'CHAP', book: 'BOOK', webpage: 'ELEC', article: 'JOUR' };
    expect(records().map((lines) => [lines[0], lines.at(-1)])).toEqual(csl.map((item) => [`TY  - ${expected[item.type]}`, 'ER  -']));
  });

  it('has every line as a tag, two spaces, a dash and a value', () => {
    for (const lines of records()) for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- .*$|^ER {2}-$/);
  });
});

describe('per-phase and per-paper files', () => {
  it('has a .bib per phase whose entries together are the whole bibliography', () => {
    const phases = ['foundations', 'core-algorithms', 'production-systems', 'advanced'];
    const keys = phases.flatMap((phase) => {
      const library = parse(readDist(`phases/${phase}.bib`));
      expect(library.errors, phase).toEqual([]);
      return library.entries.map((entry) => entry.key);
    });
    expect(keys).toEqual(csl.map((item) => item.id));
  });

  it('links each phase page to its .bib and its part of the bibliography', () => {
    const html = readDist('phases/advanced/index.html');
    expect(html).toContain('<a href="/phases/advanced.bib" download="advanced.bib">this phase\'s papers and books as BibTeX</a>');
    expect(html).toContain('<a href="/bibliography/#phase-advanced">bibliography</a>');
  });

  it('has a .bib and a .ris per paper with that paper alone', () => {
    const ids = paperIds();
    expect(ids).toHaveLength(29);
    for (const id of ids) {
      const bib = parse(readDist(`papers/${id}.bib`));
      expect(bib.errors, id).toEqual([]);
      expect(bib.entries, id).toHaveLength(1);
      expect(readDist(`papers/${id}.ris`).match(/^TY {2}- /gm), id).toHaveLength(1);
    }
  });
});

describe('paper pages', () => {
  const metaTags = (html: string) => [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)">/g)].map((match) => [match[1]!, decodeEntities(match[2]!)]);

  it('carry Highwire tags that agree with the CSL-JSON, one citation_author per author, on every paper and book page', () => {
    const pages = [...paperIds().map((id) => `papers/${id}`), ...bookIds().map((id) => `books/${id}`)];
    expect(pages).toHaveLength(csl.length);
    for (const id of pages) {
      const html = readDist(`${id}/index.html`);
      const key = parse(readDist(`${id}.bib`)).entries[0]!.key;
      const item = csl.find((i) => i.id === key)!;
      const tags = metaTags(html);
      // The page carries the title as printed (title case); the CSL-JSON stores it in sentence case.
      const titles = tags.filter(([name]) => name === 'citation_title');
      expect(titles.map(([, title]) => title!.toLowerCase()), id).toEqual([plainTitle(item.title ?? '').toLowerCase()]);
      expect(tags.filter(([name]) => name === 'citation_author').map(([, value]) => value), id).toEqual(item.author!.map((name) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`)));
      if (item.DOI) expect(tags, id).toContainEqual(['citation_doi', item.DOI]);
    }
  });

  it('carry one ScholarlyArticle JSON-LD block that parses', () => {
    for (const id of paperIds()) {
      const blocks = [...readDist(`papers/${id}/index.html`).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
      expect(blocks, id).toHaveLength(1);
      const data = JSON.parse(blocks[0]![1]!) as { '@type': string; '@id': string };
      expect([data['@type'], data['@id']], id).toEqual(['ScholarlyArticle', `https://ds-roadmap.example.org/papers/${id}/`]);
    }
  });

  it('show APA, IEEE and ACM references, the BibTeX entry and a download link', () => {
    const html = readDist('papers/lamport-clocks/index.html');
    expect([...html.matchAll(/<h3 id="cite-[a-z]+-heading">([^<]+)<\/h3>/g)].map((match) => match[1])).toEqual(['APA', 'IEEE', 'ACM', 'BibTeX']);
    expect(html).toContain('<a href="/papers/lamport-clocks.bib" download="lamport1978time.bib">Download BibTeX</a>');
    expect(decodeEntities(html)).toContain('<code id="cite-bibtex">@article{lamport1978time,\n\tauthor = {Lamport, Leslie},');
    expect(html).toContain('<a href="https://citationstyles.org/">Citation Style Language</a>');
  });
});
