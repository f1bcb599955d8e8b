/** Prerequisite graphs: unknown references, cycles, reading order and generations. */
export type { GraphNode } from './types.ts';
export { findUnknownReferences, type UnknownReference } from './unknown-references.ts';
export { findCycles, formatCycle } from './find-cycles.ts';
export { readingOrder, generations, CycleError, type OrderNode } from './reading-order.ts';
