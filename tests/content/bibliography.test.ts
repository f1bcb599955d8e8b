/** The bibliography module: CSL-JSON mapping, BibTeX, RIS and formatted references, pinned for a few papers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { addFields, tightenAccents, useMonthMacros } from '../../src/lib/bibliography/bibtex.ts';
import { htmlToText } from '../../src/lib/bibliography/citation-js.ts';
import { formatReferences, parseCitations } from '../support/citations.ts';
import { plainTitle } from '../../src/lib/bibliography/title-case.ts';
import { highwireTags, jsonForScript, scholarlyArticle } from '../../src/lib/bibliography/highwire.ts';
import { bibtexFor, buildBibliography, referenceJob, risFile, type Bibliography, type References, type Work } from '../../src/lib/bibliography/index.ts';
import { formatInWorker } from '../../src/lib/bibliography/reference-worker.ts';
import { loadCurriculum } from '../support/curriculum.ts';

/** The web resources the roadmap cites carry no date of publication. */
const UNDATED_IDS = ['hallbeejs', 'linuxlinux', 'cloudflarewhat'];

let bibliography: Bibliography;
let references: References;
const work = (id: string): Work => bibliography.byId.get(id)!;
const referencesOf = (w: Work) => references.of(w);

beforeAll(async () => {
  bibliography = buildBibliography(loadCurriculum());
  ({ references } = await formatReferences(bibliography));
});

describe('CSL-JSON', () => {
  it('splits every name into family and given, in the order of the content', () => {
    expect(work('ramp').csl.author).toEqual([
      { family: 'Bailis', given: 'Peter' },
      { family: 'Fekete', given: 'Alan' },
      { family: 'Ghodsi', given: 'Ali' },
      { family: 'Hellerstein', given: 'Joseph M.' },
      { family: 'Stoica', given: 'Ion' },
    ]);
    expect(work('two-phase-commit').csl.editor).toEqual([
      { family: 'Bayer', given: 'R.' },
      { family: 'Graham', given: 'R. M.' },
      { family: 'Seegmüller', given: 'G.' },
    ]);
  });

  it('leaves a nickname in quotes out of a given name', () => {
    expect(work('beej-guide').csl.author).toEqual([{ family: 'Hall', given: 'Brian' }]);
  });

  it('makes the publisher, or else the resource, the group author of a work with no person as author', () => {
    expect(work('cloudflare-tls-guide').csl.author).toEqual([{ literal: 'Cloudflare' }]);
    expect(work('linux-man-pages').csl.author).toEqual([{ literal: 'Linux man-pages project' }]);
  });

  it('maps each publication type to its CSL type', () => {
    const types = Object.fromEntries(['lamport-clocks', 'raft', 'viewstamped-replication', 'two-phase-commit', 'flexible-paxos', 'ddia', 'man-pages'.replace('man-pages', 'linux-man-pages')].map((id) => [id, work(id).csl.type]));
    expect(types).toEqual({
      'lamport-clocks': 'article-journal',
      raft: 'paper-conference',
      'viewstamped-replication': 'report',
      'two-phase-commit': 'chapter',
      'flexible-paxos': 'article',
      ddia: 'book',
      'linux-man-pages': 'webpage',
    });
  });

  it('gives an arXiv preprint its repository and identifier as Zotero does', () => {
    const { publisher, number, URL } = work('flexible-paxos').csl;
    expect({ publisher, number, URL }).toEqual({ publisher: 'arXiv', number: 'arXiv:1608.06696', URL: 'https://arxiv.org/abs/1608.06696' });
  });
});

describe('BibTeX', () => {
  it('writes the full entry of Lamport 1978', () => {
    expect(bibtexFor([work('lamport-clocks')])).toEqual([
      [
        '@article{lamport1978time,',
        '\tauthor = {Lamport, Leslie},',
        '\tjournal = {Communications of the ACM},',
        '\tdoi = {10.1145/359545.359563},',
        '\tnumber = {7},',
        '\tyear = {1978},',
        '\tmonth = jul,',
        '\tpages = {558--565},',
        '\tpublisher = {ACM},',
        '\ttitle = {Time, clocks, and the ordering of events in a distributed system},',
        '\turl = {https://dl.acm.org/doi/10.1145/359545.359563},',
        '\tvolume = {21},',
        '}',
      ].join('\n'),
    ]);
  });

  it('writes the Gray book chapter as an @incollection with its editors, series and escaped ü', () => {
    expect(bibtexFor([work('two-phase-commit')])[0]).toBe(
      [
        '@incollection{gray1978notes,',
        '\tauthor = {Gray, J. N.},',
        '\tseries = {Lecture {Notes} in {Computer} {Science}},',
        '\tbooktitle = {Operating {Systems}: An {Advanced} {Course}},',
        '\tdoi = {10.1007/3-540-08755-9_9},',
        '\teditor = {Bayer, R. and Graham, R. M. and Seegm{\\"u}ller, G.},',
        '\tisbn = {978-3-540-08755-7},',
        '\tyear = {1978},',
        '\tpages = {393--481},',
        '\tpublisher = {Springer},',
        '\ttitle = {Notes on data base operating systems},',
        '\turl = {https://link.springer.com/chapter/10.1007/3-540-08755-9_9},',
        '\tvolume = {60},',
        '}',
      ].join('\n'),
    );
  });

  it('writes an arXiv preprint as @misc with eprint and archivePrefix', () => {
    expect(bibtexFor([work('flexible-paxos')])[0]).toBe(
      [
        '@misc{howard2016flexible,',
        '\tauthor = {Howard, Heidi and Malkhi, Dahlia and Spiegelman, Alexander},',
        '\tdoi = {10.48550/arXiv.1608.06696},',
        '\tyear = {2016},',
        '\tmonth = aug,',
        '\tpublisher = {arXiv},',
        '\ttitle = {Flexible {Paxos}: Quorum intersection revisited},',
        '\turl = {https://arxiv.org/abs/1608.06696},',
        '\teprint = {1608.06696},',
        '\tarchivePrefix = {arXiv},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes non-ASCII letters for BibTeX', () => {
    expect(bibtexFor([work('crdt-comprehensive-study')])[0]).toContain('\tauthor = {Shapiro, Marc and Pregui{\\c c}a, Nuno and Baquero, Carlos and Zawirski, Marek},');
  });

  it('writes a tech report with institution and number, and a book with publisher, ISBN and edition', () => {
    const [report, book] = bibtexFor([work('viewstamped-replication'), work('tcp-ip-illustrated')]);
    expect(report).toMatch(/^@techreport\{liskov2012viewstamped,$/m);
    expect(report).toContain('\tnumber = {MIT-CSAIL-TR-2012-021},\n\tinstitution = {{MIT Computer Science and Artificial Intelligence Laboratory}},');
    expect(book).toMatch(/^@book\{fall2011tcp,$/m);
    expect(book).toContain('\tedition = {2},\n\tisbn = {978-0321336316},');
    expect(book).toContain('\tpublisher = {Addison-Wesley},');
  });

  it('writes a journal issue as volume and number, never run together', () => {
    const [fidge] = bibtexFor([work('vector-clocks')]);
    expect(fidge).toMatch(/^@article\{fidge1988timestamps,$/m);
    expect(fidge).toContain('\tjournal = {Australian Computer Science Communications},\n\tnumber = {1},');
    expect(fidge).toContain('\tvolume = {10},');
    expect(bibtexFor(bibliography.works).filter((entry) => /volume = \{\d+\(/.test(entry))).toEqual([]);
  });

  it('braces the names in titles and nothing else, so styles that lower-case titles keep them', () => {
    const titles = bibtexFor(bibliography.works).map((entry) => /^\ttitle = \{(.*)\},$/m.exec(entry)![1]!);
    expect(titles.filter((title) => title.includes('{'))).toEqual([
      '{MapReduce}: Simplified data processing on large clusters',
      "{Beej's} guide to network programming: Using {Internet} sockets",
      '{TCP/IP} illustrated, volume 1: The protocols',
      'The {Linux} man-pages project',
      'What is {TLS} (transport layer security)?',
      'The {Google} file system',
      '{Bigtable}: A distributed storage system for structured data',
      "{Dynamo}: {Amazon's} highly available key-value store",
      '{Paxos} made simple',
      "{Spanner}: {Google's} globally-distributed database",
      '{Paxos} made live: An engineering perspective',
      'Practical {Byzantine} fault tolerance',
      '{Zab}: High-performance broadcast for primary-backup systems',
      '{Kafka}: a distributed messaging system for log processing',
      '{Cassandra}: A decentralized structured storage system',
      '{CockroachDB}: The resilient geo-distributed {SQL} database',
      "Don't settle for eventual: Scalable causal consistency for wide-area storage with {COPS}",
      '{Calvin}: Fast distributed transactions for partitioned database systems',
      'Flexible {Paxos}: Quorum intersection revisited',
      'Scalable atomic visibility with {RAMP} transactions',
    ]);
  });

  it('writes symbol accents without a space and keeps the space of letter accents', () => {
    expect(tightenAccents('{\\" u} {\\\' e} {\\` a} {\\^ o} {\\~ n} {\\c c} {\\v s}')).toBe('{\\"u} {\\\'e} {\\`a} {\\^o} {\\~n} {\\c c} {\\v s}');
  });

  it('turns numeric months into the month macros and refuses a month that is not one', () => {
    expect(useMonthMacros('@misc{a,\n\tmonth = {12},\n}')).toBe('@misc{a,\n\tmonth = dec,\n}');
    expect(() => useMonthMacros('@misc{a,\n\tmonth = {13},\n}')).toThrow('BibTeX entry has month 13, not 1-12');
  });

  it('adds only fields that need no escaping', () => {
    expect(addFields('@misc{a,\n\ttitle = {T},\n}', { eprint: '1608.06696' })).toBe('@misc{a,\n\ttitle = {T},\n\teprint = {1608.06696},\n}');
    expect(() => addFields('@misc{a,\n}', { note: '50% off' })).toThrow('Field note = "50% off" needs escaping');
  });

  it('is the same on every call, as are the CSL-JSON, the RIS and the reference lists', async () => {
    const again = buildBibliography(loadCurriculum());
    expect(bibtexFor(bibliography.works)).toEqual(bibtexFor(again.works));
    expect(again.works.map((w) => w.csl)).toEqual(bibliography.works.map((w) => w.csl));
    expect(risFile(again.works)).toBe(risFile(bibliography.works));
    expect((await formatReferences(again, 'ieee')).lists).toEqual((await formatReferences(bibliography, 'ieee')).lists);
  });
});

describe('RIS', () => {
  it('writes the Lamport record with every value on one line', () => {
    expect(risFile([work('lamport-clocks')])).toBe(
      [
        'TY  - JOUR',
        'AU  - Lamport, Leslie',
        'DO  - 10.1145/359545.359563',
        'ID  - lamport1978time',
        'IS  - 7',
        'SP  - 558-565',
        'T2  - Communications of the ACM',
        'TI  - Time, clocks, and the ordering of events in a distributed system',
        'UR  - https://dl.acm.org/doi/10.1145/359545.359563',
        'VL  - 21',
        'PY  - 1978',
        'DA  - 1978/07//',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps long values whole where citation-js would break them at 70 characters', () => {
    const ris = risFile([work('bigtable')]);
    expect(ris).toContain('\r\nC3  - Proceedings of the Seventh Symposium on Operating Systems Design and Implementation\r\n');
  });

  it('reads back (with citation-js) to the same titles, names and pages', () => {
    const works = bibliography.works.filter((w) => w.kind === 'paper');
    const back = parseCitations(risFile(works));
    expect(back.map((item) => item['title'])).toEqual(works.map((w) => plainTitle(w.csl.title)));
    expect(back.map((item) => item['author'])).toEqual(works.map((w) => w.csl.author));
    expect(back.map((item) => item['page'])).toEqual(works.map((w) => w.csl.page));
  });

  it('gives every dated record a year (PY) and a date (DA), and the undated web pages neither', () => {
    const records = risFile(bibliography.works).split('\r\n\r\n');
    expect(records).toHaveLength(bibliography.works.length);
    const undated = records.filter((record) => !/^PY  - \d{4}$/m.test(record));
    expect(undated.map((record) => /^ID  - (.*)$/m.exec(record)![1])).toEqual(UNDATED_IDS);
    expect(undated.filter((record) => record.includes('DA  - '))).toEqual([]);
    expect(records.filter((record) => /^PY  - \d{4}$/m.test(record) && !/^DA  - \d{4}\/(\d{2})?\/(\d{2})?\/$/m.test(record))).toEqual([]);
    expect(records.find((record) => record.includes('ID  - lamport1978time'))).toMatch(/^DA  - 1978\/07\/\/$/m);
  });
});

describe('formatted references', () => {
  it('formats Raft in APA, IEEE and ACM', () => {
    expect(referencesOf(work('raft')).map((reference) => [reference.label, reference.text])).toEqual([
      ['APA', 'Ongaro, D., & Ousterhout, J. (2014). In search of an understandable consensus algorithm. 2014 USENIX Annual Technical Conference (USENIX ATC 14), 305–319. https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro'],
      ['IEEE', 'D. Ongaro and J. Ousterhout, “In search of an understandable consensus algorithm,” in 2014 USENIX Annual Technical Conference (USENIX ATC 14), USENIX Association, Jun. 2014, pp. 305–319. [Online]. Available: https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro'],
      ['ACM', 'Ongaro, D. and Ousterhout, J. 2014. In search of an understandable consensus algorithm. 2014 USENIX Annual Technical Conference (USENIX ATC 14) (June 2014), 305–319.'],
    ]);
  });

  it('lists all three authors of Paxos Made Live in ACM style, which would write "Chandra, T.D. et al."', () => {
    expect(referencesOf(work('paxos-made-live'))[2]!.text).toBe(
      'Chandra, T.D., Griesemer, R. and Redstone, J. 2007. Paxos made live: An engineering perspective. Proceedings of the Twenty-Sixth Annual ACM Symposium on Principles of Distributed Computing (Aug. 2007), 398–407.',
    );
  });

  it('lists all 26 Spanner authors in every style, where APA would cut to 19 and IEEE to one', () => {
    const [apa, ieee, acm] = referencesOf(work('spanner')).map((reference) => reference.text);
    expect(apa).toContain('Quinlan, S., Rao, R., Rolig, L., Saito, Y., Szymaniak, M., Taylor, C., Wang, R., & Woodford, D. (2012).');
    expect(ieee).toMatch(/^J\. C\. Corbett, J\. Dean, M\. Epstein, .*, R\. Wang, and D\. Woodford, “Spanner/);
    expect(acm).toContain('Wang, R. and Woodford, D. 2012.');
  });

  it('names every author of every work in every style, and never writes "et al." or an ellipsis', () => {
    const incomplete = bibliography.works.flatMap((w) =>
      referencesOf(w)
        .filter((reference) => /et al|…/.test(reference.text) || !(w.csl.author ?? []).every((name) => reference.text.includes('family' in name ? name.family : name.literal)))
        .map((reference) => `${w.item.id} ${reference.label}`),
    );
    expect(incomplete).toEqual([]);
    expect(bibliography.works.flatMap((w) => w.csl.author ?? []).length).toBe(134); // 132 names in the content, and 2 resources with a group author
  });

  it('gives an undated web page its author, and no bare "Retrieved" before the URL', () => {
    expect(referencesOf(work('beej-guide')).map((reference) => reference.text)).toEqual([
      'Hall, B. (n.d.). Beej’s guide to network programming: Using Internet sockets. https://beej.us/guide/bgnet/',
      'B. Hall, “Beej’s guide to network programming: Using Internet sockets.” [Online]. Available: https://beej.us/guide/bgnet/',
      'Hall, B. Beej’s guide to network programming: Using Internet sockets: https://beej.us/guide/bgnet/.',
    ]);
  });

  it('reuses a list entry as the reference alone exactly when that is what formatting it alone gives', async () => {
    const job = referenceJob(bibliography);
    const alone = await formatInWorker({ ...job, lists: [] }).items;
    const reused = await formatInWorker(job).items;
    expect(reused).toEqual(alone);
    expect(Object.keys(alone)).toHaveLength(34);
  });

  it('hands each item over as soon as it is formatted, the same as in the whole set, in the job\'s order', async () => {
    const job = referenceJob(bibliography);
    const run = formatInWorker(job);
    const last = job.items.at(-1)!;
    const first = await run.item(String(job.items[0]!.id));
    const all = await run.items;
    expect(first).toEqual(all[String(job.items[0]!.id)]);
    expect(await run.item(String(last.id))).toEqual(all[String(last.id)]);
    expect(Object.keys(all)).toEqual(job.items.map((item) => String(item.id)));
    await expect(run.item('no-such-work')).rejects.toThrow('The reference job has no item no-such-work.');
  });

  it('numbers same-author, same-year works in a list (2011a, 2011b) but not the references alone', async () => {
    const lamport = work('paxos-made-simple');
    const twin = { ...lamport.csl, id: 'lamport2001twin', title: 'A Second Paper' };
    const job = { ...referenceJob(bibliography), items: [lamport.csl, twin], lists: [[lamport.csl, twin]] };
    const run = formatInWorker(job);
    const [lists, items] = [await run.lists, await run.items];
    expect(lists[0]!.map(([, html]) => htmlToText(html).match(/\(2001[a-z]?\)/)?.[0])).toEqual(['(2001a)', '(2001b)']);
    expect([items[lamport.key]!['apa'], items['lamport2001twin']!['apa']].map((html) => htmlToText(html!).match(/\(2001[a-z]?\)/)?.[0])).toEqual(['(2001)', '(2001)']);
  });

  it('gives the HTML with the container in italics and no list number', () => {
    const [apa, ieee] = referencesOf(work('raft'));
    expect(apa!.html).toContain('<i>2014 USENIX Annual Technical Conference (USENIX ATC 14)</i>, 305–319.');
    expect(ieee!.html).not.toContain('[1]');
  });
});

describe('Highwire tags and JSON-LD', () => {
  const tags = (id: string) => highwireTags(work(id)).map((tag) => `${tag.name}=${tag.content}`);

  it('tags a journal article as Google Scholar asks, its URL the publisher’s page', () => {
    expect(tags('lamport-clocks')).toEqual([
      'citation_title=Time, Clocks, and the Ordering of Events in a Distributed System',
      'citation_author=Lamport, Leslie',
      'citation_publication_date=1978/07',
      'citation_journal_title=Communications of the ACM',
      'citation_volume=21',
      'citation_issue=7',
      'citation_firstpage=558',
      'citation_lastpage=565',
      'citation_publisher=ACM',
      'citation_doi=10.1145/359545.359563',
      'citation_abstract_html_url=https://dl.acm.org/doi/10.1145/359545.359563',
    ]);
  });

  it('gives a proceedings paper its proceedings title before the conference’s name, so Zotero makes it a conference paper with a booktitle', () => {
    expect(tags('raft')).toEqual([
      'citation_title=In Search of an Understandable Consensus Algorithm',
      'citation_author=Ongaro, Diego',
      'citation_author=Ousterhout, John',
      'citation_publication_date=2014/06',
      'citation_inbook_title=2014 USENIX Annual Technical Conference (USENIX ATC 14)',
      'citation_firstpage=305',
      'citation_lastpage=319',
      'citation_publisher=USENIX Association',
      'citation_isbn=978-1-931971-10-2',
      'citation_conference_title=USENIX ATC 2014',
      'citation_abstract_html_url=https://www.usenix.org/conference/atc14/technical-sessions/presentation/ongaro',
    ]);
    for (const paper of bibliography.works.filter((candidate) => candidate.kind === 'paper' && candidate.item.type === 'conference-paper')) {
      const names = highwireTags(paper).map((tag) => tag.name);
      expect(names.indexOf('citation_inbook_title'), paper.item.id).toBeGreaterThan(-1);
      expect(names.indexOf('citation_inbook_title'), paper.item.id).toBeLessThan(names.indexOf('citation_conference_title'));
      expect(names.filter((name) => /journal_title|technical_report_institution/.test(name)), paper.item.id).toEqual([]);
    }
  });

  it('tags a tech report, a preprint (DC.type and its arXiv DOI), a book and a PDF link', () => {
    expect(highwireTags(work('viewstamped-replication')).filter((tag) => tag.name.startsWith('citation_technical_report'))).toEqual([
      { name: 'citation_technical_report_institution', content: 'MIT Computer Science and Artificial Intelligence Laboratory' },
      { name: 'citation_technical_report_number', content: 'MIT-CSAIL-TR-2012-021' },
    ]);
    expect(tags('flexible-paxos').filter((tag) => /DC\.type|doi|arxiv|journal|conference/.test(tag))).toEqual([
      'citation_arxiv_id=1608.06696',
      'DC.type=preprint',
      'citation_doi=10.48550/arXiv.1608.06696',
      'citation_abstract_html_url=https://arxiv.org/abs/1608.06696',
    ]);
    expect(tags('ddia')).toEqual([
      'citation_title=Designing Data-Intensive Applications: The Big Ideas Behind Reliable, Scalable, and Maintainable Systems',
      'citation_author=Kleppmann, Martin',
      'citation_publication_date=2017',
      "citation_publisher=O'Reilly Media",
      'citation_isbn=978-1449373320',
      'DC.type=book',
    ]);
    expect(tags('beej-guide')).toContain('DC.type=webpage');
    expect(highwireTags(work('percolator'))).toContainEqual({ name: 'citation_pdf_url', content: 'https://www.usenix.org/legacy/event/osdi10/tech/full_papers/Peng.pdf' });
  });

  it('describes a paper as a schema.org ScholarlyArticle', () => {
    expect(scholarlyArticle(work('lamport-clocks'), 'https://example.org/papers/lamport-clocks/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      '@id': 'https://example.org/papers/lamport-clocks/',
      headline: 'Time, Clocks, and the Ordering of Events in a Distributed System',
      name: 'Time, Clocks, and the Ordering of Events in a Distributed System',
      author: [{ '@type': 'Person', name: 'Leslie Lamport', givenName: 'Leslie', familyName: 'Lamport' }],
      datePublished: '1978-07',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '7',
        isPartOf: { '@type': 'PublicationVolume', volumeNumber: '21', isPartOf: { '@type': 'Periodical', name: 'Communications of the ACM' } },
      },
      pageStart: '558',
      pageEnd: '565',
      pagination: '558-565',
      publisher: { '@type': 'Organization', name: 'ACM' },
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1145/359545.359563' },
      sameAs: 'https://doi.org/10.1145/359545.359563',
      url: 'https://dl.acm.org/doi/10.1145/359545.359563',
    });
  });

  it('escapes < in inline JSON so no value can end the script element', () => {
    expect(jsonForScript({ title: '</script><b>' })).toBe('{"title":"\\u003c/script>\\u003cb>"}');
  });
});
