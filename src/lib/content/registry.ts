/**
 * The one registry of content kinds. Each kind is declared once: where its files live, which
 * file types it takes, the schema that checks them, the noun messages use, which fields refer
 * to which kinds, how its items are ordered, where an item's page is, and whether
 * `/api/curriculum.json` carries the item's path. Astro's collections, the content check, the
 * reference checks, the curriculum model, the JSON API and the benchmark's synthetic copies are
 * all derived from it: adding a kind is one entry here, its schema, and its pages.
 *
 * The order of the entries is the order of the sections of `/api/curriculum.json`.
 */
import type { z } from 'astro/zod';
import { bookSchema } from '../../schemas/book.ts';
import { courseSchema } from '../../schemas/course.ts';
import { criterionSchema } from '../../schemas/criterion.ts';
import { designProblemSchema } from '../../schemas/design-problem.ts';
import { labSchema } from '../../schemas/lab.ts';
import { openSourceSchema } from '../../schemas/open-source.ts';
import { paperSchema } from '../../schemas/paper.ts';
import { phaseSchema } from '../../schemas/phase.ts';
import { projectSchema } from '../../schemas/project.ts';
import { studyTopicSchema } from '../../schemas/study-topic.ts';
import { systemStudySchema } from '../../schemas/system-study.ts';
import { routes } from '../routes.ts';
import { criterionGuide, designWorksheet, labGuide, paperGuide, type BodyProblem } from '../validation/guide-rules.ts';
import type { ContentProblem } from '../validation/problem.ts';
import { checkDoiAgreesWithUrls, checkPrerequisitePhases } from '../validation/paper-rules.ts';
import { checkPaperTypeFields, type EntryView } from '../validation/rules.ts';
import type { MdNode } from './mdx.ts';

/** How a kind's items are listed. */
export type Ordering =
  /** By the `order` field, then id. */
  | 'order'
  /** By the `order` field within each phase, phases in order. */
  | 'phase-then-order'
  /** Like phase-then-order, but a lab's items before the phase's own. */
  | 'phase-lab-first-then-order'
  /** By title. */
  | 'title'
  /** Papers: the computed reading order (prerequisites first). */
  | 'reading-order';

/**
 * A field that holds the id of another item: `['prerequisites', '*']` -> a paper. `*` is every
 * item of a list, `{key}` every key of a map (`['laterPhasePrerequisites', '{key}']`).
 */
export interface ReferenceField<Target extends string = string> {
  path: readonly string[];
  target: Target;
}

/** What every kind's items have in common, as the registry sees them. */
export type RegisteredItem = { id: string } & Record<string, unknown>;

export interface KindSpec<Target extends string = string> {
  /** Folder under the content root: `papers`, `design-problems`. */
  folder: string;
  /** File types it takes; the first is the one to use for new files. */
  extensions: readonly string[];
  schema: z.ZodType<Record<string, unknown>>;
  /** The schema's file, named in messages. */
  schemaFile: string;
  /** What one item is called in messages: `paper`, `design problem`. */
  noun: string;
  references: readonly ReferenceField<Target>[];
  ordering: Ordering;
  /** The site path of an item (its page, or its place on a list page). */
  route?: (item: RegisteredItem) => string;
  /** Whether `/api/curriculum.json` gives each item its `path`. */
  pathInApi: boolean;
  /** The MDX component that links an item by id (`<PaperLink id="raft" />`); its ids are checked. */
  linkComponent?: string;
  /** Fields whose values must differ between items: `readingOrder` positions. */
  unique?: readonly { field: string; what: string }[];
  /** A field listing items of this kind that come first; checked for cycles. */
  acyclic?: string;
  /** Checks of one item beyond its schema (the fields a paper's publication type needs). */
  check?: (entry: EntryView) => ContentProblem[];
  /** Checks across the whole content (every kind's parsed items), for rules that join kinds. */
  crossCheck?: (views: readonly EntryView[]) => ContentProblem[];
  /** What an MDX body must hold (a paper's reading guide), checked on the parsed body. */
  body?: (tree: MdNode) => BodyProblem[];
  /**
   * How the benchmark's larger curricula treat the kind: `copy` its items (with suffixed ids),
   * or `keep` one set (the phases, and the books and topics the schedule dates by the week).
   */
  benchmark: 'copy' | 'keep';
}

const yaml = ['yaml', 'yml'] as const;
const mdx = ['mdx'] as const;
const inPhase = <Target extends string>(target: Target) => ({ path: ['phase'], target }) as const;

/**
 * Declares a registry and keeps each kind's own types (its schema's output, for typed items).
 * `Kinds & ...` makes a reference to an undeclared kind a compile error.
 */
export function defineRegistry<const Kinds extends Record<string, KindSpec>>(kinds: Kinds & { [Kind in keyof Kinds]: KindSpec<Extract<keyof Kinds, string>> }): Kinds {
  return kinds;
}

const byId = (route: (id: string) => string) => (item: RegisteredItem) => route(item.id);

export const registry = defineRegistry({
  phases: {
    folder: 'phases', extensions: ['mdx', 'md'], schema: phaseSchema, schemaFile: 'src/schemas/phase.ts', noun: 'phase',
    references: [{ path: ['readingWindows', '*', 'papers', '*'], target: 'papers' }],
    ordering: 'order', route: byId(routes.phase), pathInApi: true, linkComponent: 'PhaseLink',
    unique: [{ field: 'order', what: 'phase number' }], benchmark: 'keep',
  },
  papers: {
    folder: 'papers', extensions: mdx, schema: paperSchema, schemaFile: 'src/schemas/paper.ts', noun: 'paper',
    references: [inPhase('phases'), { path: ['prerequisites', '*'], target: 'papers' }, { path: ['laterPhasePrerequisites', '{key}'], target: 'papers' }],
    ordering: 'reading-order', route: byId(routes.paper), pathInApi: true, linkComponent: 'PaperLink',
    unique: [{ field: 'readingOrder', what: 'reading-order position' }], acyclic: 'prerequisites',
    check: (entry) => [...checkPaperTypeFields(entry), ...checkDoiAgreesWithUrls(entry)], crossCheck: (views) => checkPrerequisitePhases(views, { item: 'papers', phase: 'phases' }), body: paperGuide, benchmark: 'copy',
  },
  books: {
    folder: 'books', extensions: yaml, schema: bookSchema, schemaFile: 'src/schemas/book.ts', noun: 'book or resource',
    references: [inPhase('phases'), { path: ['chapterAssignments', '*', 'lab'], target: 'labs' }],
    ordering: 'title', route: byId(routes.book), pathInApi: true, linkComponent: 'BookLink', benchmark: 'keep',
  },
  studyTopics: {
    folder: 'study-topics', extensions: yaml, schema: studyTopicSchema, schemaFile: 'src/schemas/study-topic.ts', noun: 'study topic',
    references: [inPhase('phases'), { path: ['resources', '*'], target: 'books' }],
    ordering: 'order', route: (topic) => routes.phase(String(topic.phase)), pathInApi: false, benchmark: 'keep',
  },
  labs: {
    folder: 'labs', extensions: mdx, schema: labSchema, schemaFile: 'src/schemas/lab.ts', noun: 'lab',
    references: [
      inPhase('phases'),
      { path: ['course'], target: 'courses' },
      { path: ['readings', '*'], target: 'papers' },
      { path: ['project'], target: 'projects' },
    ],
    ordering: 'phase-then-order', route: byId(routes.lab), pathInApi: true, linkComponent: 'LabLink', body: labGuide, benchmark: 'copy',
  },
  criteria: {
    folder: 'criteria', extensions: mdx, schema: criterionSchema, schemaFile: 'src/schemas/criterion.ts', noun: 'criterion',
    references: [
      inPhase('phases'),
      { path: ['lab'], target: 'labs' },
      { path: ['labs', '*'], target: 'labs' },
      { path: ['papers', '*'], target: 'papers' },
    ],
    ordering: 'phase-lab-first-then-order', route: byId(routes.criterion), pathInApi: false, body: criterionGuide, benchmark: 'copy',
  },
  courses: {
    folder: 'courses', extensions: yaml, schema: courseSchema, schemaFile: 'src/schemas/course.ts', noun: 'course',
    references: [inPhase('phases')],
    ordering: 'order', route: byId(routes.course), pathInApi: true, benchmark: 'copy',
  },
  projects: {
    folder: 'projects', extensions: yaml, schema: projectSchema, schemaFile: 'src/schemas/project.ts', noun: 'project',
    references: [inPhase('phases'), { path: ['labs', '*'], target: 'labs' }, { path: ['papers', '*'], target: 'papers' }],
    ordering: 'order', route: byId(routes.project), pathInApi: true, benchmark: 'copy',
  },
  designProblems: {
    folder: 'design-problems', extensions: mdx, schema: designProblemSchema, schemaFile: 'src/schemas/design-problem.ts', noun: 'design problem',
    references: [inPhase('phases'), { path: ['papers', '*'], target: 'papers' }],
    ordering: 'order', route: byId(routes.designProblem), pathInApi: true, body: designWorksheet, benchmark: 'copy',
  },
  openSource: {
    folder: 'open-source', extensions: yaml, schema: openSourceSchema, schemaFile: 'src/schemas/open-source.ts', noun: 'open-source project',
    references: [inPhase('phases')],
    ordering: 'order', route: byId(routes.openSourceProject), pathInApi: true, benchmark: 'copy',
  },
  systemStudies: {
    folder: 'system-studies', extensions: yaml, schema: systemStudySchema, schemaFile: 'src/schemas/system-study.ts', noun: 'system study',
    references: [
      inPhase('phases'),
      { path: ['paper'], target: 'papers' },
      { path: ['designDecisions', '*', 'reference', 'paper'], target: 'papers' },
      { path: ['lab'], target: 'labs' },
    ],
    ordering: 'order', route: byId(routes.systemStudy), pathInApi: true, benchmark: 'copy',
  },
});

/** References from the study group's settings file (content/study-group.yaml), checked like any other. */
export const studyGroupReferences: readonly ReferenceField<keyof typeof registry>[] = [{ path: ['phases', '*'], target: 'phases' }];

export type Registry = typeof registry;
export type KindName = keyof Registry;
/** Any registry: the real one, or a test's with kinds of its own. */
export type AnyRegistry = Readonly<Record<string, KindSpec>>;
export const kindNames = Object.keys(registry) as KindName[];

/** An item of a kind as pages see it: the schema's output plus its id. */
export type ItemOf<Kind extends KindName> = z.output<Registry[Kind]['schema']> & { id: string };
