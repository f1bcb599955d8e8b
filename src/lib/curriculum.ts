/**
 * The curriculum as one typed, cross-linked object: every collection's entries plus what is
 * derived from them (reading order, what each paper unlocks, items per phase). Built once from
 * plain entries, so pages, JSON endpoints and tests share it; no `astro:*` imports.
 */
import type { BookData } from '../schemas/book.ts';
import type { CourseData } from '../schemas/course.ts';
import type { CriterionData } from '../schemas/criterion.ts';
import type { DesignProblemData } from '../schemas/design-problem.ts';
import type { LabData } from '../schemas/lab.ts';
import type { OpenSourceData } from '../schemas/open-source.ts';
import type { PaperData } from '../schemas/paper.ts';
import type { PhaseData } from '../schemas/phase.ts';
import type { ProjectData } from '../schemas/project.ts';
import type { StudyTopicData } from '../schemas/study-topic.ts';
import type { SystemStudyData } from '../schemas/system-study.ts';
import { generations, readingOrder } from './graph/index.ts';
import type { CheckedEntry } from './validation/check-content.ts';

export type Item<T> = T & { id: string };
export type Phase = Item<PhaseData>;
export type Paper = Item<PaperData>;
export type Book = Item<BookData>;
export type Lab = Item<LabData>;
export type Criterion = Item<CriterionData>;
export type Course = Item<CourseData>;
export type Project = Item<ProjectData>;
export type DesignProblem = Item<DesignProblemData>;
export type OpenSourceProject = Item<OpenSourceData>;
export type SystemStudy = Item<SystemStudyData>;
export type StudyTopic = Item<StudyTopicData>;

export interface CurriculumInput {
  phases: Phase[];
  papers: Paper[];
  books: Book[];
  labs: Lab[];
  criteria: Criterion[];
  courses: Course[];
  projects: Project[];
  designProblems: DesignProblem[];
  openSource: OpenSourceProject[];
  systemStudies: SystemStudy[];
  studyTopics: StudyTopic[];
}

export interface Curriculum extends CurriculumInput {
  /** Paper ids in reading order (see graph/reading-order.ts for the tie-break). */
  readingOrder: string[];
  /** Paper ids grouped into generations that can be read in parallel. */
  generations: string[][];
  /** For each paper id, the papers that list it as a prerequisite, in reading order. */
  unlocks: Map<string, string[]>;
  /** 1-based position of each paper in the reading order. */
  position: Map<string, number>;
  phaseById: Map<string, Phase>;
  paperById: Map<string, Paper>;
  labById: Map<string, Lab>;
  bookById: Map<string, Book>;
  courseById: Map<string, Course>;
  projectById: Map<string, Project>;
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);
const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function buildCurriculum(input: CurriculumInput): Curriculum {
  const phases = [...input.phases].sort(byOrder);
  const phaseOrder = new Map(phases.map((phase) => [phase.id, phase.order]));
  const nodes = input.papers.map((paper) => ({
    id: paper.id,
    prerequisites: paper.prerequisites,
    recommended: paper.readingOrder,
    group: phaseOrder.get(paper.phase) ?? Number.MAX_SAFE_INTEGER,
  }));
  const order = readingOrder(nodes);
  const position = new Map(order.map((id, index) => [id, index + 1]));
  const papers = [...input.papers].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const unlocks = new Map<string, string[]>(papers.map((paper) => [paper.id, []]));
  for (const paper of papers) for (const prerequisite of paper.prerequisites) unlocks.get(prerequisite)?.push(paper.id);

  return {
    ...input,
    phases,
    papers,
    labs: [...input.labs].sort((a, b) => (phaseOrder.get(a.phase) ?? 0) - (phaseOrder.get(b.phase) ?? 0) || byOrder(a, b)),
    criteria: [...input.criteria].sort(
      (a, b) => (phaseOrder.get(a.phase) ?? 0) - (phaseOrder.get(b.phase) ?? 0) || Number(!a.lab) - Number(!b.lab) || byOrder(a, b),
    ),
    courses: [...input.courses].sort(byOrder),
    projects: [...input.projects].sort(byOrder),
    designProblems: [...input.designProblems].sort(byOrder),
    openSource: [...input.openSource].sort(byOrder),
    systemStudies: [...input.systemStudies].sort(byOrder),
    studyTopics: [...input.studyTopics].sort(byOrder),
    books: [...input.books].sort((a, b) => a.title.localeCompare(b.title)),
    readingOrder: order,
    generations: generations(nodes),
    unlocks,
    position,
    phaseById: byId(phases),
    paperById: byId(papers),
    labById: byId(input.labs),
    bookById: byId(input.books),
    courseById: byId(input.courses),
    projectById: byId(input.projects),
  };
}

/** Items of one phase, in their order. */
const inputCollections = ['phases', 'papers', 'books', 'labs', 'criteria', 'courses', 'projects', 'designProblems', 'openSource', 'systemStudies', 'studyTopics'] as const satisfies ReadonlyArray<keyof CurriculumInput>;

/** The curriculum from the content check's entries (which have passed it): as `getCollection` would give it. */
export function curriculumFromEntries(entries: readonly CheckedEntry[]): Curriculum {
  const input = Object.fromEntries(
    inputCollections.map((name) => [name, entries.filter((entry) => entry.collection === name).map((entry) => ({ ...entry.data, id: entry.id }))]),
  ) as unknown as CurriculumInput;
  return buildCurriculum(input);
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
