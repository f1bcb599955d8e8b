import { describe, expect, it } from 'vitest';
import { edgePath, labelWidth, layoutGraph, type LayoutInput } from '../../src/lib/graph/layout.ts';
import { edgesThroughNodes, overlappingNodes } from '../support/geometry.ts';

const paper = (id: string, prerequisites: string[] = [], group = 1): LayoutInput => ({ id, label: id.toUpperCase(), group, prerequisites });

describe('layoutGraph', () => {
  const diamond = layoutGraph([paper('a'), paper('b', ['a']), paper('c', ['a'], 2), paper('d', ['b', 'c']), paper('lonely')]);

  it('draws one node per paper with prerequisites or dependants', () => {
    expect(diamond.nodes.map((node) => node.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(diamond.isolated).toEqual(['lonely']);
  });

  it('draws one edge per prerequisite, from the prerequisite to the paper', () => {
    expect(diamond.edges.map((edge) => `${edge.from}->${edge.to}`).sort()).toEqual(['a->b', 'a->c', 'b->d', 'c->d']);
    for (const edge of diamond.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('lays prerequisites out left of the papers that need them, without overlaps', () => {
    const x = Object.fromEntries(diamond.nodes.map((node) => [node.id, node.x]));
    expect(x.a).toBeLessThan(x.b!);
    expect(x.b).toBeLessThan(x.d!);
    expect(overlappingNodes(diamond.nodes)).toEqual([]);
    for (const node of diamond.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(diamond.width);
      expect(node.y + node.height).toBeLessThanOrEqual(diamond.height);
    }
  });

  it('keeps the phase of each node for its colour', () => {
    expect(diamond.nodes.find((node) => node.id === 'c')!.group).toBe(2);
  });

  it('is deterministic', () => {
    expect(layoutGraph([paper('a'), paper('b', ['a'])])).toEqual(layoutGraph([paper('a'), paper('b', ['a'])]));
  });
});

describe('helpers', () => {
  it('sizes labels by their letters', () => {
    expect(labelWidth('Raft')).toBe(37); // R 10.6 + a, f, t 8.8 each, at 16px
    expect(labelWidth('')).toBe(0);
  });
  it('finds an edge drawn through a box that is not one of its ends', () => {
    const box = (id: string, x: number) => ({ id, label: id, group: 1, x, y: 0, width: 10, height: 10 });
    const edge = { from: 'a', to: 'c', points: [{ x: 10, y: 5 }, { x: 40, y: 5 }] };
    expect(edgesThroughNodes({ width: 50, height: 10, nodes: [box('a', 0), box('b', 20), box('c', 40)], edges: [edge], isolated: [] })).toEqual(['a -> c through b']);
    expect(edgesThroughNodes({ width: 50, height: 10, nodes: [box('a', 0), box('c', 40)], edges: [edge], isolated: [] })).toEqual([]);
  });
  it('finds overlapping boxes', () => {
    const box = (id: string, x: number, y: number) => ({ id, label: id, group: 1, x, y, width: 10, height: 10 });
    expect(overlappingNodes([box('a', 0, 0), box('b', 5, 5), box('c', 20, 0), box('d', 15, 20)])).toEqual([['a', 'b']]);
  });
  it('writes SVG paths', () => {
    expect(edgePath([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe('M1 2 L3.5 4');
  });
});
