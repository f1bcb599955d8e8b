/** The built /reading-order/ page: the order satisfies every prerequisite; the SVG matches the data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/lib/graph/layout.ts';
import { edgesThroughNodes, overlappingNodes } from '../support/geometry.ts';
import { loadCurriculum } from '../support/curriculum.ts';
import { assertBuilt, readDist } from '../support/dist.ts';

interface Paper {
  id: string;
  prerequisites: string[];
  position: number;
  unlocks: string[];
}
let html: string;
let papers: Paper[];

beforeAll(() => {
  assertBuilt();
  html = readDist('reading-order/index.html');
  papers = (JSON.parse(readDist('api/curriculum.json')) as { papers: Paper[] }).papers;
});

/** [position, paper id] of every numbered item on the page, in page order. */
const listed = () => [...html.matchAll(/<li value="(\d+)" data-paper="([a-z0-9-]+)"/g)].map((m) => [Number(m[1]), m[2]!] as const);

describe('/reading-order/', () => {
  it('lists every paper once, in the one order, numbered 1 to 29', () => {
    const items = listed();
    expect(items.map(([position]) => position)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    for (const [position, id] of items) expect(papers.find((p) => p.id === id)!.position).toBe(position);
    expect(items.slice(0, 9).map(([, id]) => id)).toEqual(['lamport-clocks', 'flp-impossibility', 'two-phase-commit', 'gfs', 'mapreduce', 'bigtable', 'dynamo', 'paxos-made-simple', 'raft']);
  });

  it('gives each paper its week in the group’s schedule', () => {
    expect(html).toMatch(/data-paper="raft"[\s\S]*?<a href="\/schedule\/#week-9">week 9<\/a> of the schedule/);
  });

  it('lays the graph out with no edge through another paper’s box', () => {
    const curriculum = loadCurriculum();
    const layout = layoutGraph(curriculum.papers.map((paper) => ({ id: paper.id, label: paper.shortName, group: 1, prerequisites: paper.prerequisites })));
    expect(edgesThroughNodes(layout)).toEqual([]);
  });

  it('puts every prerequisite before the paper that needs it', () => {
    const position = new Map(listed().map(([place, id]) => [id, place]));
    const edges = papers.flatMap((paper) => paper.prerequisites.map((before) => [before, paper.id] as const));
    expect(edges).toHaveLength(28);
    expect(edges.filter(([before, after]) => position.get(before)! >= position.get(after)!)).toEqual([]);
  });

  it('draws one node per connected paper and one edge per prerequisite, without overlaps', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const nodes = [...svg.matchAll(/<a href="\/papers\/([a-z0-9-]+)\/"[^>]*>\s*<title>[^<]*<\/title>\s*<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
      id: m[1]!, label: m[1]!, group: 0, x: Number(m[2]), y: Number(m[3]), width: Number(m[4]), height: Number(m[5]),
    }));
    const connected = papers.filter((p) => p.prerequisites.length > 0 || p.unlocks.length > 0).map((p) => p.id).sort();
    expect(nodes.map((node) => node.id).sort()).toEqual(connected);
    expect(connected).toHaveLength(27);
    expect(svg.match(/<path d="M[^"]+" marker-end="url\(#arrow\)"/g)).toHaveLength(28);
    expect(overlappingNodes(nodes)).toEqual([]);
    expect(svg).toMatch(/<title id="graph-title">Prerequisite graph of the roadmap's papers<\/title>/);
    expect(svg.replace(/\s+/g, ' ')).toContain('<desc id="graph-desc"> 27 papers and 28 prerequisite links');
  });

  it('lists the papers that are not drawn', () => {
    expect(html.replace(/\s+/g, ' ')).toMatch(/Not drawn \(no prerequisites and nothing depends on them\): ?<a href="\/papers\/kafka\/">Kafka<\/a>, <a href="\/papers\/mvto\/">MVTO<\/a>\./);
  });
});
