/** The real curriculum from content/, checked and cross-linked the way the build does, for tests of pure modules. */
import { resolve } from 'node:path';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../../src/lib/curriculum.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';

const collections = ['phases', 'papers', 'books', 'labs', 'criteria', 'courses', 'projects', 'designProblems', 'openSource', 'systemStudies', 'studyTopics'];

export function loadCurriculum(folder = 'content'): Curriculum {
  const { problems, entries } = checkContent(resolve(folder), folder);
  if (problems.length) throw new Error(`The content has problems:\n${problems.map(formatProblem).join('\n')}`);
  const input = Object.fromEntries(
    collections.map((name) => [name, entries.filter((entry) => entry.collection === name).map((entry) => ({ ...entry.data, id: entry.id }))]),
  ) as unknown as CurriculumInput;
  return buildCurriculum(input);
}
