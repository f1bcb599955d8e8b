/**
 * The bibliography on a small fixture (tests/fixtures/valid: one phase, two papers by the same
 * author in the same year): keys, BibTeX, RIS, and references formatted in the worker thread.
 * The real content's outputs are pinned in tests/content/bibliography.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bibtexFor, buildBibliography, referenceJob, risFile, type Bibliography } from '../../src/lib/bibliography/index.ts';
import { stylesFromFiles, warmsUpEarly } from '../../src/lib/bibliography/prefetch.ts';
import { formatReferences } from '../support/citations.ts';
import { loadCurriculum } from '../support/curriculum.ts';

let bibliography: Bibliography;

beforeAll(() => {
  bibliography = buildBibliography(loadCurriculum('tests/fixtures/valid'));
});

describe('a small bibliography', () => {
  it('keys clashing works by date, then id', () => {
    expect(bibliography.works.map((work) => `${work.item.id} ${work.key}`)).toEqual(['lamport-clocks lamport1978time', 'raft lamport1978search']);
  });

  it('writes a journal article as @article with its year and page range', () => {
    expect(bibtexFor([bibliography.byId.get('lamport-clocks')!])[0]).toBe(
      [
        '@article{lamport1978time,',
        '\tauthor = {Lamport, Leslie},',
        '\tjournal = {Communications of the ACM},',
        '\tyear = {1978},',
        '\tpages = {558--565},',
        '\ttitle = {Time, clocks, and the ordering of events in a distributed system},',
        '\tvolume = {21},',
        '}',
      ].join('\n'),
    );
  });

  it('writes one RIS record per work', () => {
    expect(risFile(bibliography.works).match(/^TY {2}- /gm)).toHaveLength(2);
  });

  it('formats every work in every style in the worker thread, and the phase list with 1978a/1978b', async () => {
    const { references, lists } = await formatReferences(bibliography);
    const lamport = bibliography.byId.get('lamport-clocks')!;
    expect(references.of(lamport).map((reference) => reference.style)).toEqual(['apa', 'ieee', 'acm']);
    expect(references.inStyle(lamport, 'apa').text).toBe('Lamport, L. (1978). Time, clocks, and the ordering of events in a distributed system. Communications of the ACM, 21, 558–565.');
    expect(lists[0]!.entries.map((entry) => entry.html.replace(/<[^>]+>/g, '').trim().slice(0, 20))).toEqual(['Lamport, L. (1978a).', 'Lamport, L. (1978b).']);
  });
});

describe('the formatter started before the content is read', () => {
  it('is warmed with exactly the styles a job carries, so the job finds their engines made', () => {
    // The worker keeps an engine per style text: any difference (a BOM, a transform of the
    // bundled copy) would make every engine twice.
    const carried = referenceJob(bibliography).styles;
    expect(carried.map((style) => style.id)).toEqual(['apa', 'ieee', 'acm']);
    expect(stylesFromFiles(process.cwd())).toEqual(carried);
  });

  it('is started for a first build and under astro dev, not for a build that finds references cached, astro sync or preview', () => {
    expect([warmsUpEarly('build', 0), warmsUpEarly('build', 7), warmsUpEarly('dev', 0), warmsUpEarly('dev', 7), warmsUpEarly('sync', 0), warmsUpEarly('preview', 0)]).toEqual([true, false, true, true, false, false]);
  });
});
