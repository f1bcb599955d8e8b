/** Checks of a laid-out graph, for tests. */
import type { PlacedNode } from '../../src/lib/graph/layout.ts';

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
