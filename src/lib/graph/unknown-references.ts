/** Unknown references: prerequisites that name no node of the graph. */
import { closest } from '../../values/closest.ts';
import type { GraphNode } from './types.ts';

export interface UnknownReference {
  /** The node whose prerequisite list holds the reference. */
  from: string;
  /** Index of the reference in that list. */
  index: number;
  /** The id that does not exist. */
  target: string;
  /** The closest existing id, when one is near enough to be a typo. */
  suggestion?: string;
}

/**
 * References in `nodes` that are not among `known` (by default, the nodes' own ids). The content
 * validator uses this for every kind of reference, with `known` set to the target collection.
 */
export function findUnknownReferences(nodes: readonly GraphNode[], known?: Iterable<string>): UnknownReference[] {
  const ids = known instanceof Set ? (known as ReadonlySet<string>) : new Set(known ?? nodes.map((node) => node.id));
  const unknown: UnknownReference[] = [];
  for (const node of nodes) {
    node.prerequisites.forEach((target, index) => {
      if (ids.has(target)) return;
      const suggestion = closest(target, ids);
      unknown.push(suggestion ? { from: node.id, index, target, suggestion } : { from: node.id, index, target });
    });
  }
  return unknown;
}
