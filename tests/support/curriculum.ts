/** The real curriculum from content/, checked and cross-linked the way the build does, for tests of the real content. */
import { resolve } from 'node:path';
import { curriculumFromEntries, type Curriculum } from '../../src/lib/curriculum.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';

export function loadCurriculum(folder = 'content'): Curriculum {
  const { problems, entries } = checkContent(resolve(folder), { relativeRoot: folder });
  if (problems.length) throw new Error(`The content has problems:\n${problems.map(formatProblem).join('\n')}`);
  return curriculumFromEntries(entries);
}
