/**
 * Every row of every table in the roadmap is on the site as data. The roadmap text is kept
 * beside this test (a copy of shared/source/distributed-systems-roadmap.txt); each table row is
 * rebuilt from the content files and must appear in it word for word.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Curriculum } from '../../src/lib/curriculum.ts';
import { weekSpan } from '../../src/lib/format.ts';
import { loadCurriculum } from '../support/curriculum.ts';

const roadmap = readFileSync(resolve('tests/content/distributed-systems-roadmap.txt'), 'utf8');
const lines = new Set(roadmap.split('\n').map((line) => line.trim()));
let curriculum: Curriculum;

beforeAll(() => {
  curriculum = loadCurriculum();
});

/** Success criteria lists: "Success Criteria for Phase 1: - a - b - c". */
function criteriaList(heading: string): string[] {
  const line = roadmap.split('\n').find((l) => l.startsWith(`Success Criteria for ${heading}:`))!;
  return line.slice(line.indexOf(':') + 1).split(/ - /).map((item) => item.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
}

describe('the real content', () => {
  it('has the four phases of the overview table, row by row', () => {
    const rows = curriculum.phases.map((p) => `${p.title} ${p.months.start}–${p.months.end} ${p.focus} ${p.outcome}`);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(lines).toContain(row);
  });

  it('has every paper the roadmap cites, 29 in all, including MapReduce', () => {
    expect(curriculum.papers.map((paper) => paper.shortName).sort()).toEqual([
      'Bigtable', 'Bolt-on causality', 'CRDT Survey', 'CRDTs', 'COPS', 'Calvin', 'Cassandra', 'CockroachDB', 'Dynamo', 'EPaxos',
      'FLP Impossibility', 'Flexible Paxos', 'GFS', 'Kafka', 'Lamport Clocks', 'MVTO', 'MapReduce', 'Multi-Paxos', 'PBFT',
      'Paxos Made Live', 'Paxos Made Simple', 'Percolator', 'RAMP', 'Raft', 'Spanner', 'Two-Phase Commit', 'Vector clocks',
      'Viewstamped Replication', 'ZooKeeper / ZAB',
    ].sort());
  });

  it("keeps each paper table row's key contribution in the roadmap's words", () => {
    // Phase 3's papers are prose lines ("Paper: ...", a quoted title) and MapReduce is named only
    // in the appendix: their key contributions are the editors'. Every other paper is a table row.
    const tableRows = curriculum.papers.flatMap((paper) => {
      const row = [...lines].find((line) => paper.roadmapCitation && line.includes(paper.roadmapCitation) && !/^(Paper|Resources):/.test(line));
      return row ? [{ paper, row }] : [];
    });
    expect(tableRows).toHaveLength(8 + 5 + 3 + 4 + 5);
    for (const { paper, row } of tableRows) {
      expect(row, paper.id).toContain(`${paper.roadmapCitation} ${paper.keyContribution}`);
      if (paper.difficulty) expect(row, paper.id).toContain(`${paper.keyContribution} ${paper.difficulty}`);
    }
  });

  it("has the appendix's recommended reading order, 1 to 12", () => {
    const appendix = roadmap.split('\n').filter((line) => /^\s+\d+\. /.test(line)).map((line) => line.trim());
    expect(appendix).toHaveLength(12);
    const recommended = curriculum.papers.filter((p) => p.readingOrder).sort((a, b) => a.readingOrder! - b.readingOrder!);
    expect(recommended.map((p) => `${p.readingOrder}. ${p.shortName} (${p.year})`)).toEqual([
      '1. Lamport Clocks (1978)', '2. FLP Impossibility (1985)', '3. Two-Phase Commit (1978)', '4. GFS (2003)', '5. MapReduce (2004)',
      '6. Bigtable (2006)', '7. Dynamo (2007)', '8. Paxos Made Simple (2001)', '9. Raft (2014)', '10. Spanner (2012)', '11. CRDTs (2011)', '12. COPS (2011)',
    ]);
    // Each appendix line names the same position and year.
    recommended.forEach((paper, index) => expect(appendix[index]).toMatch(new RegExp(`^${index + 1}\\. .*\\(${paper.year}\\)`)));
  });

  it('has every success criterion of every phase and of Lab 1, in order', () => {
    const text = (phase: string, lab?: string) =>
      curriculum.criteria.filter((c) => c.phase === phase && c.lab === lab).sort((a, b) => a.order - b.order).map((c) => c.text);
    expect(text('foundations', 'mit-6824-lab-1-mapreduce')).toEqual(criteriaList('Lab 1'));
    expect(text('foundations')).toEqual(criteriaList('Phase 1'));
    expect(text('core-algorithms')).toEqual(criteriaList('Phase 2'));
    expect(text('production-systems')).toEqual(criteriaList('Phase 3'));
    expect(text('advanced')).toEqual(criteriaList('Phase 4'));
    expect(curriculum.criteria).toHaveLength(16);
  });

  it('has the eight labs in schedule order', () => {
    expect(curriculum.labs.map((lab) => lab.id)).toEqual([
      'epoll-echo-server', 'mit-6824-lab-1-mapreduce', 'mit-6824-lab-2-raft', 'mit-6824-lab-3-kv',
      'raft-from-scratch', 'mit-6824-lab-4-sharded-kv', 'kafka-cluster', 'cassandra-cluster',
    ]);
  });

  it("has every row of the labs' component, checklist and language tables", () => {
    const rows: string[] = [];
    for (const lab of curriculum.labs) {
      for (const c of lab.components) rows.push([c.name, c.implement, c.designDecision, c.invariant, c.commonBug, c.challenge].filter(Boolean).join(' '));
      for (const s of lab.stateChecklist) rows.push(`${s.name} ${s.persistent ? 'Yes' : 'No'} ${s.notes}`);
      for (const o of lab.languageOptions) rows.push(`${o.language} ${o.pros} ${o.cons}`);
    }
    expect(rows).toHaveLength(3 + 4 + 4 + 5 + 3);
    for (const row of rows) expect(lines).toContain(row);
  });

  it('has every course, project, design problem and open-source project row', () => {
    const rows = [
      ...curriculum.courses.map((c) => `${c.title} ${c.institution} ${c.format} ${c.focus}`),
      ...curriculum.projects.map((p) => `${p.title} ${p.language} ${weekSpan(p.weeks)} ${p.skills.join(', ')}`),
      ...curriculum.designProblems.map((d) => `${d.title} ${d.tensions} ${d.target}`),
      ...curriculum.openSource.map((o) => [`${o.title}${o.description ? ` (${o.description})` : ''}`, o.difficulty, o.language, o.goodFirstIssueLabel].filter(Boolean).join(' ')),
    ];
    expect([curriculum.courses.length, curriculum.projects.length, curriculum.designProblems.length, curriculum.openSource.length]).toEqual([4, 6, 7, 5]);
    for (const row of rows) expect(lines).toContain(row);
  });

  it('has the Kafka, Cassandra and CockroachDB tables row by row', () => {
    const chapter = (r: { ddiaChapter: number } | { paper: string }) => ('ddiaChapter' in r ? `Chapter ${r.ddiaChapter}` : `${curriculum.byId.papers.get(r.paper)!.shortName} paper`);
    const rows = curriculum.systemStudies.flatMap((s) => [
      ...s.sourceMap.map((r) => `${r.component} ${r.path} ${r.concept}`),
      ...s.designDecisions.map((r) => `${r.decision} ${r.tradeoff} ${chapter(r.reference)}`),
      ...s.layers.map((r) => `${r.layer} ${r.technology} ${r.insight}`),
    ]);
    expect(rows).toHaveLength(15);
    for (const row of rows) expect(lines).toContain(row);
  });

  it('has the networking topics table and the DDIA schedule', () => {
    expect(curriculum.studyTopics.map((t) => t.title)).toEqual(['TCP/IP internals', 'UDP and why it matters', 'TLS and certificate chains', 'Linux network sockets']);
    for (const topic of curriculum.studyTopics) {
      expect([...lines].some((line) => line.startsWith(`${topic.title} `) && line.endsWith(topic.keyConcepts.join(', ')))).toBe(true);
    }
    const ddia = curriculum.byId.books.get('ddia')!;
    expect(ddia.readingWeeks.map((w) => w.chapters)).toEqual([[1, 2, 3], [4], [5, 6], []]);
    expect(curriculum.books.map((b) => b.id).sort()).toEqual(['beej-guide', 'cloudflare-tls-guide', 'ddia', 'linux-man-pages', 'tcp-ip-illustrated']);
  });
});
