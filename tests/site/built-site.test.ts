/** The built site in dist/: every item has its page, pages are well-formed, links resolve. */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, headings, readDist } from '../support/dist.ts';
import { brokenLinks } from '../support/links.ts';

interface CurriculumJson {
  readingOrder: string[];
  papers: { id: string; title: string; prerequisites: string[]; position: number; path: string }[];
  labs: { id: string; title: string; path: string }[];
  books: { id: string; title: string; subtitle?: string }[];
  phases: { id: string; title: string; order: number; path: string }[];
  criteria: { id: string }[];
  designProblems: { id: string; path: string }[];
  generations: string[][];
}

let json: CurriculumJson;
let pages: string[];

beforeAll(() => {
  assertBuilt();
  json = JSON.parse(readDist('api/curriculum.json')) as CurriculumJson;
  pages = distFiles().filter((file) => file.endsWith('.html'));
});

describe('the built site', () => {
  it('has one page per phase, paper, lab and book, titled with the item', () => {
    for (const phase of json.phases) expect(headings(readDist(`phases/${phase.id}/index.html`))).toEqual([`Phase ${phase.order}: ${phase.title}`]);
    for (const paper of json.papers) expect(headings(readDist(`papers/${paper.id}/index.html`))).toEqual([paper.title]);
    for (const lab of json.labs) expect(headings(readDist(`labs/${lab.id}/index.html`))).toEqual([lab.title]);
    for (const book of json.books) expect(headings(readDist(`books/${book.id}/index.html`))).toEqual([book.subtitle ? `${book.title}: ${book.subtitle}` : book.title]);
    expect([json.phases.length, json.papers.length, json.labs.length, json.books.length]).toEqual([4, 29, 8, 5]);
  });

  it('has exactly the item pages and the section pages', () => {
    const itemPages = [
      ...json.phases.map((phase) => `phases/${phase.id}/index.html`),
      ...json.papers.map((paper) => `papers/${paper.id}/index.html`),
      ...json.labs.map((lab) => `labs/${lab.id}/index.html`),
      ...json.books.map((book) => `books/${book.id}/index.html`),
      ...json.designProblems.map((problem) => `design-problems/${problem.id}/index.html`),
    ];
    const meetingPages = Array.from({ length: 144 }, (_, index) => `schedule/week-${index + 1}/index.html`);
    const sectionPages = [
      '404.html', 'index.html', 'phases/index.html', 'papers/index.html', 'reading-order/index.html', 'labs/index.html', 'books/index.html',
      'courses/index.html', 'projects/index.html', 'design-problems/index.html', 'open-source/index.html', 'systems/index.html', 'criteria/index.html',
      'search/index.html', 'progress/index.html', 'progress/group/index.html', 'bibliography/index.html', 'handbook/index.html', 'schedule/index.html',
      ...json.phases.map((phase) => `schedule/${phase.id}/index.html`),
    ];
    expect(pages).toEqual([...itemPages, ...sectionPages, ...meetingPages].sort());
  });

  it('gives every page a language, a title, a description, one <main> and one <h1>', () => {
    for (const page of pages) {
      const html = readDist(page);
      expect(html, page).toMatch(/^<!DOCTYPE html>\s*<html lang="en"/i);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html.match(/<main\b/g), page).toHaveLength(1);
      expect(headings(html), page).toHaveLength(1);
    }
  });

  it('loads scripts only where a feature needs them', () => {
    // Executable scripts only: JSON data blocks (type="application/json", JSON-LD) do not run.
    const scripts = (page: string) =>
      [...readDist(page).matchAll(/<script\b([^>]*)>/g)]
        .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
        .map((m) => m[1]!.match(/src="\/_astro\/([A-Za-z-]+)[.\w-]*\.js"/)?.[1] ?? 'inline');
    // Every page: one script of about 1 KB, the "/" search shortcut and the service worker's registration (one cached file).
    expect(scripts('courses/index.html')).toEqual(['Layout']);
    expect(scripts('books/index.html')).toEqual(['Layout']);
    // Pages with progress controls add the progress module; paper pages the Copy buttons; /search/ the search module.
    expect(scripts('papers/raft/index.html')).toEqual(['ProgressScript', 'CopyButton', 'Layout']);
    expect(scripts('criteria/index.html')).toEqual(['ProgressScript', 'Layout']);
    expect(scripts('search/index.html')).toEqual(['search', 'Layout']);
    // /schedule/ adds the progress boxes and the personal-schedule form (the schedule, list and calendar code, not a framework).
    expect(scripts('schedule/index.html')).toEqual(['ProgressScript', 'index', 'Layout']);
    const schedule = /src="\/(_astro\/index\.astro[^"]+\.js)"/.exec(readDist('schedule/index.html'))![1]!;
    expect(readDist(schedule).length).toBeLessThan(20_000);
    const shortcut = /src="\/(_astro\/Layout\.astro[^"]+\.js)"/.exec(readDist('courses/index.html'))![1]!;
    expect(readDist(shortcut).length).toBeLessThan(1300);
    expect(readDist(shortcut)).not.toMatch(/import/);
  });

  it('keeps the personal schedule’s plan in a file of its own, not in /schedule/', () => {
    const page = readDist('schedule/index.html');
    const block = /<script type="application\/json" id="personal-schedule-data">([^<]*)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(block)).toEqual({ planUrl: '/schedule/plan.json', base: '/', origin: 'https://ds-roadmap.example.org', uidDomain: 'ds-roadmap.example.org' });
    const plan = JSON.parse(readDist('schedule/plan.json')) as { phases: { id: string }[]; items: { key: string }[] };
    expect(plan.phases.map((phase) => phase.id)).toEqual(json.phases.map((phase) => phase.id));
    // Every paper is in the plan, in the reading order (a long paper spans several items).
    expect([...new Set(plan.items.map((item) => item.key).filter((key) => key.startsWith('paper:')))]).toEqual(json.readingOrder.map((id) => `paper:${id}`));
  });

  it('hides every Copy button until the script finds a clipboard, and names it', () => {
    for (const page of pages.filter((p) => /^papers\/[^/]+\/index\.html$/.test(p))) {
      const buttons = [...readDist(page).matchAll(/<button[^>]*data-copy[^>]*>([\s\S]*?)<\/button>/g)];
      expect(buttons.map((button) => button[0].match(/<button type="button" data-copy="[\w-]+" hidden>/) !== null), page).toEqual([true, true, true, true]);
      expect(buttons.map((button) => button[1]!.replace(/<[^>]+>/g, ''))).toEqual(['Copy APA reference', 'Copy IEEE reference', 'Copy ACM reference', 'Copy BibTeX entry']);
    }
  });

  it('links only to files that exist, anchors included', () => {
    expect(brokenLinks(DIST, pages)).toEqual([]);
  });
});

describe('/api/curriculum.json', () => {
  it('lists every paper once in the reading order', () => {
    expect([...json.readingOrder].sort()).toEqual(json.papers.map((paper) => paper.id).sort());
  });

  it('never puts a paper before one of its prerequisites', () => {
    const position = new Map(json.readingOrder.map((id, index) => [id, index]));
    const violations = json.papers.flatMap((paper) =>
      paper.prerequisites.filter((before) => position.get(before)! > position.get(paper.id)!).map((before) => `${before} after ${paper.id}`),
    );
    expect(violations).toEqual([]);
    expect(json.papers.every((paper) => paper.position === position.get(paper.id)! + 1)).toBe(true);
  });

  it('starts with the appendix sequence and links each item to its page', () => {
    expect(json.readingOrder.slice(0, 10)).toEqual(['lamport-clocks', 'flp-impossibility', 'two-phase-commit', 'gfs', 'mapreduce', 'bigtable', 'dynamo', 'paxos-made-simple', 'raft', 'spanner']);
    expect(json.papers.find((paper) => paper.id === 'raft')!.path).toBe('/papers/raft/');
    expect(json.criteria).toHaveLength(16);
  });

  it('keeps the spaces between words wherever markup meets text, as text extraction (search, reader modes) reads it', () => {
    // Tags removed without adding spaces, as an inline-element text extractor joins them.
    const runTogether = /meetings:whole|·About|thereading|in16–18|from\d+ to|Multi-PaxosConsensus|\)Roadmap's pick|[a-z]\.Unlocks/;
    const found = distFiles()
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => {
        const text = readDist(file).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');
        const match = runTogether.exec(text);
        return match ? [`${file}: ${text.slice(Math.max(0, match.index - 30), match.index + 40)}`] : [];
      });
    expect(found).toEqual([]);
    // Two badges on a paper page are read as two phrases.
    expect(readDist('papers/part-time-parliament/index.html').replace(/<[^>]+>/g, '')).toMatch(/Multi-Paxos\s+Consensus and replication/);
  });

  it('is installable: every page links the manifest, named after the group, with PNG icons that exist', () => {
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as { name: string; start_url: string; icons: { src: string; type: string }[] };
    expect([manifest.name, manifest.start_url]).toEqual(['Distributed Systems Reading Group: Distributed Systems Roadmap', '/']);
    for (const icon of manifest.icons) expect(readDist(icon.src.slice(1)).length, icon.src).toBeGreaterThan(100);
    const pages = distFiles().filter((file) => file.endsWith('.html'));
    expect(pages.filter((page) => !readDist(page).includes('<link rel="manifest" href="/manifest.webmanifest">'))).toEqual([]);
    expect(readDist('sw.js')).toContain('"papers/raft/index.html"');
  });
});
