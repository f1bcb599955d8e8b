/**
 * Cycle detection by depth-first search with three colours (unvisited, on the stack, done).
 * Each cycle is reported once, as the path that closes it: `['a', 'b', 'a']` means a needs b
 * and b needs a. Nodes and prerequisites are visited in id order so the output is stable.
 * References to unknown ids are ignored here (see unknown-references.ts).
 */
import type { GraphNode } from './types.ts';

export function findCycles(nodes: readonly GraphNode[]): string[][] {
  const prerequisites = new Map(nodes.map((node) => [node.id, [...node.prerequisites].sort()]));
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  const visit = (id: string): void => {
    state.set(id, 'active');
    stack.push(id);
    for (const next of prerequisites.get(id) ?? []) {
      if (!prerequisites.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'active') {
        cycles.push([...stack.slice(stack.indexOf(next)), next]);
      } else if (seen === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };

  for (const id of [...prerequisites.keys()].sort()) {
    if (!state.has(id)) visit(id);
  }
  // Report each cycle read in the "a needs b" direction, starting from its smallest id.
  return cycles.map(rotateToSmallest);
}

function rotateToSmallest(cycle: string[]): string[] {
  const ring = cycle.slice(0, -1);
  const start = ring.indexOf([...ring].sort()[0]!);
  const rotated = [...ring.slice(start), ...ring.slice(0, start)];
  return [...rotated, rotated[0]!];
}

/** `a -> b -> a` */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' -> ');
}
