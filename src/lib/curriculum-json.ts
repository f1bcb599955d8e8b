/**
 * The curriculum as plain JSON for other tools (`/api/curriculum.json`). Stable field order;
 * each item carries its site path so consumers can link back.
 */
import type { Curriculum } from './curriculum.ts';

export const CURRICULUM_JSON_VERSION = 1;

export function curriculumJson(curriculum: Curriculum) {
  const withPath = <T extends { id: string }>(items: readonly T[], path: (item: T) => string) =>
    items.map((item) => ({ ...item, path: path(item) }));
  return {
    version: CURRICULUM_JSON_VERSION,
    title: 'Distributed Systems Engineer Learning Roadmap',
    months: 36,
    readingOrder: curriculum.readingOrder,
    generations: curriculum.generations,
    phases: withPath(curriculum.phases, (p) => `/phases/${p.id}/`),
    papers: withPath(curriculum.papers, (p) => `/papers/${p.id}/`).map((paper) => ({
      ...paper,
      position: curriculum.position.get(paper.id),
      unlocks: curriculum.unlocks.get(paper.id) ?? [],
    })),
    books: withPath(curriculum.books, (b) => `/books/#${b.id}`),
    studyTopics: curriculum.studyTopics,
    labs: withPath(curriculum.labs, (l) => `/labs/${l.id}/`),
    criteria: curriculum.criteria,
    courses: withPath(curriculum.courses, (c) => `/courses/#${c.id}`),
    projects: withPath(curriculum.projects, (p) => `/projects/#${p.id}`),
    designProblems: withPath(curriculum.designProblems, (d) => `/design-problems/#${d.id}`),
    openSource: withPath(curriculum.openSource, (o) => `/open-source/#${o.id}`),
    systemStudies: withPath(curriculum.systemStudies, (s) => `/systems/#${s.id}`),
  };
}
