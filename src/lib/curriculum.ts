/**
 * The curriculum as one typed, cross-linked object: every kind's items (kinds come from the
 * registry, lib/content/registry.ts) in their order, plus what is derived from them (reading
 * order, what each paper unlocks, items by id). Built once from plain items, so pages, JSON
 * endpoints and tests share it; no `astro:*` imports.
 */
import type { ContentEntry } from './content/entry.ts';
import { registry, type AnyRegistry, type ItemOf, type KindName, type Ordering, type RegisteredItem } from './content/registry.ts';
import { generations, readingOrder } from './graph/index.ts';

export type Phase = ItemOf<'phases'>;
export type Paper = ItemOf<'papers'>;
export type Book = ItemOf<'books'>;
export type Lab = ItemOf<'labs'>;
export type Criterion = ItemOf<'criteria'>;
export type Course = ItemOf<'courses'>;
export type Project = ItemOf<'projects'>;

/** Every kind's items, in any order. */
export type CurriculumInput = { [Kind in KindName]: ItemOf<Kind>[] };

export interface Curriculum extends CurriculumInput {
  /** Paper ids in reading order (see graph/reading-order.ts for the tie-break). */
  readingOrder: string[];
  /** Paper ids grouped into generations that can be read in parallel. */
  generations: string[][];
  /** For each paper id, the papers that list it as a prerequisite, in reading order. */
  unlocks: Map<string, string[]>;
  /** 1-based position of each paper in the reading order. */
  position: Map<string, number>;
  /** Every kind's items by id. */
  byId: { [Kind in KindName]: Map<string, ItemOf<Kind>> };
  /** The MDX body of each item that has one, by kind and id (reading guides, lab guides, worksheets). */
  bodies: { [Kind in KindName]: Map<string, string> };
}

type Items = Record<string, RegisteredItem[]>;

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const byOrder = (a: RegisteredItem, b: RegisteredItem) => numberOr(a.order, 0) - numberOr(b.order, 0) || a.id.localeCompare(b.id);

/** Each ordering as a comparator, given each phase's number and each paper's reading position. */
function comparator(ordering: Ordering, phaseOrder: Map<string, number>, position: Map<string, number>) {
  const phaseOf = (item: RegisteredItem) => phaseOrder.get(String(item.phase)) ?? 0;
  const comparators: Record<Ordering, (a: RegisteredItem, b: RegisteredItem) => number> = {
    order: byOrder,
    title: (a, b) => String(a.title).localeCompare(String(b.title)),
    'phase-then-order': (a, b) => phaseOf(a) - phaseOf(b) || byOrder(a, b),
    'phase-lab-first-then-order': (a, b) => phaseOf(a) - phaseOf(b) || Number(!a.lab) - Number(!b.lab) || byOrder(a, b),
    'reading-order': (a, b) => position.get(a.id)! - position.get(b.id)!,
  };
  return comparators[ordering];
}

/**
 * When the roadmap first needs each paper within its own phase, in roadmap months: the start of
 * a lab or system study of that phase that reads it, or of a reading window that names it;
 * otherwise the phase's start. The reading order breaks ties within a phase by it.
 */
function roadmapTimes(input: CurriculumInput): Map<string, number> {
  const times = new Map<string, number>();
  const note = (paper: string, phase: string, at: number) => {
    const own = input.papers.find((candidate) => candidate.id === paper);
    if (own?.phase === phase && at < (times.get(paper) ?? Infinity)) times.set(paper, at);
  };
  for (const lab of input.labs) for (const paper of lab.readings) note(paper, lab.phase, lab.months.start);
  for (const study of input.systemStudies) note(study.paper, study.phase, study.months.start);
  for (const phase of input.phases) for (const window of phase.readingWindows) for (const paper of window.papers) note(paper, phase.id, window.months.start);
  for (const paper of input.papers) if (!times.has(paper.id)) times.set(paper.id, input.phases.find((phase) => phase.id === paper.phase)?.months.start ?? 0);
  return times;
}

/**
 * Builds the curriculum. `kinds` is the registry the items were read with: a test may pass
 * one with kinds of its own, whose items are then ordered and listed like any other.
 */
export function buildCurriculum(input: CurriculumInput, kinds: AnyRegistry = registry, bodies: Record<string, Map<string, string>> = {}): Curriculum {
  const items = input as unknown as Items;
  const phaseOrder = new Map(input.phases.map((phase) => [phase.id, phase.order]));
  const neededAt = roadmapTimes(input);
  const nodes = input.papers.map((paper) => ({
    id: paper.id,
    prerequisites: paper.prerequisites,
    recommended: paper.readingOrder,
    group: phaseOrder.get(paper.phase) ?? Number.MAX_SAFE_INTEGER,
    time: neededAt.get(paper.id),
  }));
  const order = readingOrder(nodes);
  const position = new Map(order.map((id, index) => [id, index + 1]));

  const ordered: Items = {};
  const byId: Record<string, Map<string, RegisteredItem>> = {};
  for (const [kind, spec] of Object.entries(kinds)) {
    ordered[kind] = [...(items[kind] ?? [])].sort(comparator(spec.ordering, phaseOrder, position));
    byId[kind] = new Map(ordered[kind].map((item) => [item.id, item]));
  }
  const papers = ordered.papers as Paper[];
  const unlocks = new Map<string, string[]>(papers.map((paper) => [paper.id, []]));
  for (const paper of papers) for (const prerequisite of paper.prerequisites) unlocks.get(prerequisite)?.push(paper.id);

  return {
    ...(ordered as unknown as CurriculumInput),
    readingOrder: order,
    generations: generations(nodes),
    unlocks,
    position,
    byId: byId as unknown as Curriculum['byId'],
    bodies: Object.fromEntries(Object.keys(kinds).map((kind) => [kind, bodies[kind] ?? new Map()])) as Curriculum['bodies'],
  };
}

/** The curriculum from the content check's entries (which have passed it): as `getCollection` would give it. */
export function curriculumFromEntries(entries: readonly ContentEntry[], kinds: AnyRegistry = registry): Curriculum {
  const input = Object.fromEntries(
    Object.keys(kinds).map((kind) => [kind, entries.filter((entry) => entry.kind === kind).map((entry) => ({ ...entry.data, id: entry.id }))]),
  );
  const bodies = Object.fromEntries(
    Object.keys(kinds).map((kind) => [kind, new Map(entries.filter((entry) => entry.kind === kind && entry.body).map((entry) => [entry.id, entry.body]))]),
  );
  return buildCurriculum(input as unknown as CurriculumInput, kinds, bodies);
}

export function inPhase<T extends { phase?: string | undefined }>(items: readonly T[], phaseId: string): T[] {
  return items.filter((item) => item.phase === phaseId);
}

/** Everything one phase holds, each list in its order (phase pages and the handbook use it). */
export function phaseItems(curriculum: Curriculum, phaseId: string) {
  return {
    papers: inPhase(curriculum.papers, phaseId),
    labs: inPhase(curriculum.labs, phaseId),
    books: inPhase(curriculum.books, phaseId),
    studyTopics: inPhase(curriculum.studyTopics, phaseId),
    systemStudies: inPhase(curriculum.systemStudies, phaseId),
    openSource: inPhase(curriculum.openSource, phaseId),
    designProblems: inPhase(curriculum.designProblems, phaseId),
    projects: inPhase(curriculum.projects, phaseId),
    courses: inPhase(curriculum.courses, phaseId),
    criteria: inPhase(curriculum.criteria, phaseId),
  };
}
