/** The built site in dist/: every item has its page, pages are well-formed, links resolve. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles, headings, readDist } from '../support/dist.ts';

interface CurriculumJson {
  readingOrder: string[];
  papers: { id: string; title: string; prerequisites: string[]; position: number; path: string }[];
  labs: { id: string; title: string; path: string }[];
  phases: { id: string; title: string; order: number; path: string }[];
  criteria: { id: string }[];
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
  it('has one page per phase, paper and lab, titled with the item', () => {
    for (const phase of json.phases) expect(headings(readDist(`phases/${phase.id}/index.html`))).toEqual([`Phase ${phase.order}: ${phase.title}`]);
    for (const paper of json.papers) expect(headings(readDist(`papers/${paper.id}/index.html`))).toEqual([paper.title]);
    for (const lab of json.labs) expect(headings(readDist(`labs/${lab.id}/index.html`))).toEqual([lab.title]);
    expect([json.phases.length, json.papers.length, json.labs.length]).toEqual([4, 29, 8]);
  });

  it('has the index pages', () => {
    for (const page of ['index.html', 'phases/index.html', 'papers/index.html', 'labs/index.html', 'books/index.html', 'courses/index.html', 'projects/index.html', 'design-problems/index.html', 'open-source/index.html', 'systems/index.html', 'criteria/index.html', 'bibliography/index.html', '404.html']) {
      expect(existsSync(join(DIST, page)), page).toBe(true);
    }
    expect(pages).toHaveLength(4 + 29 + 8 + 13);
  });

  it('gives every page a language, a title, a description, one <main> and one <h1>', () => {
    for (const page of pages) {
      const html = readDist(page);
      expect(html, page).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html.match(/<main\b/g), page).toHaveLength(1);
      expect(headings(html), page).toHaveLength(1);
    }
  });

  it('ships no JavaScript but the one Copy-button script, and that only on paper pages', () => {
    const scripts = distFiles().filter((file) => file.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^_astro\/CopyButton\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    expect(readDist(scripts[0]!).length).toBeLessThan(1024);
    const copyScript = `<script type="module" src="/${scripts[0]}"></script>`;
    for (const page of pages) {
      const html = readDist(page);
      const code = html.match(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g) ?? [];
      expect(code, page).toEqual(/^papers\/[^/]+\/index\.html$/.test(page) ? [copyScript] : []);
    }
  });

  it('hides every Copy button until the script finds a clipboard, and names it', () => {
    for (const page of pages.filter((p) => /^papers\/[^/]+\/index\.html$/.test(p))) {
      const buttons = [...readDist(page).matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)];
      expect(buttons.map((button) => button[0].match(/<button type="button" data-copy="[\w-]+" hidden>/) !== null), page).toEqual([true, true, true, true]);
      expect(buttons.map((button) => button[1]!.replace(/<[^>]+>/g, ''))).toEqual(['Copy APA reference', 'Copy IEEE reference', 'Copy ACM reference', 'Copy BibTeX entry']);
    }
  });

  it('links only to files that exist, anchors included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readDist(page);
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const link = match[1]!;
        if (/^(https?:|mailto:|data:)/.test(link)) continue;
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const file = path === '' ? page : path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
        if (!existsSync(join(DIST, file))) {
          broken.push(`${page}: ${link}`);
          continue;
        }
        if (anchor && !readDist(file).includes(`id="${anchor}"`)) broken.push(`${page}: ${link} (no id="${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
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
});
