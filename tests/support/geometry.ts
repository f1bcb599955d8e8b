/** Checks of a laid-out graph, for tests. */
import type { GraphLayout, PlacedNode } from '../../src/lib/graph/layout.ts';

/** Pairs of nodes whose boxes overlap (should be none). */
export function overlappingNodes(nodes: readonly PlacedNode[]): [string, string][] {
  const overlaps: [string, string][] = [];
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push([a.id, b.id]);
    }
  });
  return overlaps;
}

/** Edges whose drawn path runs through (or within 2 units of) a paper's box other than its own two ends. */
export function edgesThroughNodes(layout: GraphLayout): string[] {
  const near = (x: number, y: number, node: PlacedNode) => x > node.x - 2 && x < node.x + node.width + 2 && y > node.y - 2 && y < node.y + node.height + 2;
  const found: string[] = [];
  for (const edge of layout.edges) {
    for (const node of layout.nodes.filter((candidate) => candidate.id !== edge.from && candidate.id !== edge.to)) {
      const crosses = edge.points.slice(1).some((point, index) => {
        const from = edge.points[index]!;
        for (let step = 0; step <= 200; step++) {
          const t = step / 200;
          if (near(from.x + (point.x - from.x) * t, from.y + (point.y - from.y) * t, node)) return true;
        }
        return false;
      });
      if (crosses) found.push(`${edge.from} -> ${edge.to} through ${node.id}`);
    }
  }
  return found;
}
