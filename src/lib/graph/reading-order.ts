/**
 * Reading order: a topological sort (Kahn's algorithm) with a stable, documented tie-break.
 *
 * Among the papers whose prerequisites are all read, the next one is chosen by:
 *   1. the roadmap's recommended sequence (`recommended`, the appendix position), lowest first;
 *      a paper that a recommended paper needs (directly or not) takes that paper's position, so
 *      prerequisites come just before the paper that needs them; papers with neither come after
 *      every paper with one;
 *   2. then the phase (`group`, the phase's order), lowest first;
 *   3. then when the roadmap first needs the paper within its phase (`time`, in roadmap months:
 *      the lab or system study that starts with it, its reading window), earliest first;
 *   4. then the id, alphabetically.
 * The recommended sequence is also kept *relative to itself*: each recommended paper is read
 * after the one recommended before it, unless that would contradict the prerequisites (then
 * the prerequisites win for that pair). Without this, a recommended paper with an unread
 * prerequisite could be overtaken by the next recommended one.
 */
import { findCycles, formatCycle } from './find-cycles.ts';
import type { GraphNode } from './types.ts';

export interface OrderNode extends GraphNode {
  /** Position in the recommended sequence, if any. */
  recommended?: number | undefined;
  /** Group order (the phase's order). */
  group: number;
  /** When the roadmap first needs the paper, in months (ties within a group); none sorts as 0. */
  time?: number | undefined;
}

export class CycleError extends Error {
  readonly cycles: string[][];
  constructor(cycles: string[][]) {
    super(`Prerequisite cycle: ${cycles.map(formatCycle).join('; ')}`);
    this.cycles = cycles;
    this.name = 'CycleError';
  }
}

function compareNodes(a: OrderNode, b: OrderNode): number {
  const ra = a.recommended ?? Infinity;
  const rb = b.recommended ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.group !== b.group) return a.group - b.group;
  if ((a.time ?? 0) !== (b.time ?? 0)) return (a.time ?? 0) - (b.time ?? 0);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each node with the recommended position it sorts by: its own, or the lowest of the recommended papers that need it. */
function withInheritedRank(nodes: readonly OrderNode[]): OrderNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const rank = new Map<string, number>();
  const lower = (id: string, value: number, seen: Set<string>): void => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    if (value < (rank.get(id) ?? Infinity)) rank.set(id, value);
    for (const prerequisite of byId.get(id)!.prerequisites) lower(prerequisite, value, seen);
  };
  for (const node of nodes) if (node.recommended !== undefined) lower(node.id, node.recommended, new Set());
  return nodes.map((node) => ({ ...node, recommended: rank.get(node.id) }));
}

/** Whether `from` needs `to`, directly or through other prerequisites. */
function dependsOn(edges: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length) {
    const id = pending.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of edges.get(id) ?? []) pending.push(next);
  }
  return false;
}

/** Prerequisite edges plus the recommended-sequence edges that agree with them. */
function orderingEdges(nodes: readonly OrderNode[]): Map<string, Set<string>> {
  const ids = new Set(nodes.map((node) => node.id));
  const edges = new Map(nodes.map((node) => [node.id, new Set(node.prerequisites.filter((id) => ids.has(id)))]));
  const recommended = nodes.filter((node) => node.recommended !== undefined).sort(compareNodes);
  for (let i = 1; i < recommended.length; i++) {
    const earlier = recommended[i - 1]!.id;
    const later = recommended[i]!.id;
    if (!dependsOn(edges, earlier, later)) edges.get(later)!.add(earlier);
  }
  return edges;
}

/** Every node, each after all of its prerequisites. Throws CycleError when there is a cycle. */
export function readingOrder(given: readonly OrderNode[]): string[] {
  const cycles = findCycles(given);
  if (cycles.length) throw new CycleError(cycles);
  const edges = orderingEdges(given);
  const nodes = withInheritedRank(given);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const waitingOn = new Map([...edges].map(([id, before]) => [id, before.size]));
  const unlocks = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const [id, before] of edges) for (const prerequisite of before) unlocks.get(prerequisite)!.push(id);

  const ready = nodes.filter((node) => waitingOn.get(node.id) === 0).sort(compareNodes);
  const order: string[] = [];
  while (ready.length) {
    const next = ready.shift()!;
    order.push(next.id);
    for (const id of unlocks.get(next.id)!) {
      const remaining = waitingOn.get(id)! - 1;
      waitingOn.set(id, remaining);
      if (remaining === 0) {
        const node = byId.get(id)!;
        const at = ready.findIndex((other) => compareNodes(node, other) < 0);
        ready.splice(at === -1 ? ready.length : at, 0, node);
      }
    }
  }
  return order;
}

/**
 * Generations: papers that can be read in parallel. Generation 0 has no prerequisites; every
 * other paper is one generation after its latest prerequisite. Returns the ids of each
 * generation in reading order. Throws CycleError when there is a cycle.
 */
export function generations(nodes: readonly OrderNode[]): string[][] {
  const order = readingOrder(nodes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const level = new Map<string, number>();
  for (const id of order) {
    const before = byId.get(id)!.prerequisites.filter((prerequisite) => level.has(prerequisite));
    level.set(id, before.length ? Math.max(...before.map((prerequisite) => level.get(prerequisite)!)) + 1 : 0);
  }
  const result: string[][] = [];
  for (const id of order) (result[level.get(id)!] ??= []).push(id);
  return result;
}
