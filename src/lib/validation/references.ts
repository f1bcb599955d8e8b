/**
 * Which fields refer to which collection. Astro's `reference()` only logs a dangling target,
 * so every reference is checked here and fails the build.
 */
import type { CollectionName } from '../content/collections.ts';

export interface ReferenceRule {
  collection: CollectionName;
  /** Field path; `*` stands for every item of a list. */
  path: readonly string[];
  target: CollectionName;
}

const phase = (collection: CollectionName): ReferenceRule => ({ collection, path: ['phase'], target: 'phases' });

export const referenceRules: readonly ReferenceRule[] = [
  phase('papers'),
  { collection: 'papers', path: ['prerequisites', '*'], target: 'papers' },
  phase('books'),
  { collection: 'books', path: ['chapterAssignments', '*', 'lab'], target: 'labs' },
  phase('labs'),
  { collection: 'labs', path: ['course'], target: 'courses' },
  { collection: 'labs', path: ['readings', '*'], target: 'papers' },
  { collection: 'labs', path: ['project'], target: 'projects' },
  phase('criteria'),
  { collection: 'criteria', path: ['lab'], target: 'labs' },
  { collection: 'criteria', path: ['labs', '*'], target: 'labs' },
  { collection: 'criteria', path: ['papers', '*'], target: 'papers' },
  phase('courses'),
  phase('projects'),
  { collection: 'projects', path: ['labs', '*'], target: 'labs' },
  { collection: 'projects', path: ['papers', '*'], target: 'papers' },
  phase('designProblems'),
  { collection: 'designProblems', path: ['papers', '*'], target: 'papers' },
  phase('openSource'),
  phase('systemStudies'),
  { collection: 'systemStudies', path: ['paper'], target: 'papers' },
  { collection: 'systemStudies', path: ['designDecisions', '*', 'reference', 'paper'], target: 'papers' },
  { collection: 'systemStudies', path: ['lab'], target: 'labs' },
  phase('studyTopics'),
  { collection: 'studyTopics', path: ['resources', '*'], target: 'books' },
];

/** Every (concrete path, value) that `rule.path` matches in `data`. */
export function referencesIn(data: unknown, path: readonly string[]): { path: (string | number)[]; value: string }[] {
  const found: { path: (string | number)[]; value: string }[] = [];
  const walk = (value: unknown, rest: readonly string[], at: (string | number)[]): void => {
    if (rest.length === 0) {
      if (typeof value === 'string') found.push({ path: at, value });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, tail, [...at, index]));
    } else if (value && typeof value === 'object' && head !== undefined && head in value) {
      walk((value as Record<string, unknown>)[head], tail, [...at, head]);
    }
  };
  walk(data, path, []);
  return found;
}
