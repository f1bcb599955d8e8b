/** The real content as the site's curriculum, read and checked the way the build does. */
import { resolve } from 'node:path';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../../src/lib/curriculum.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';

export function loadCurriculum(root = resolve('content')): Curriculum {
  const { problems, entries } = checkContent(root);
  if (problems.length > 0) throw new Error(`The content has problems:\n${problems.map(String).join('\n')}`);
  const input = Object.fromEntries(
    ['phases', 'papers', 'books', 'labs', 'criteria', 'courses', 'projects', 'designProblems', 'openSource', 'systemStudies', 'studyTopics'].map((name) => [
      name,
      entries.filter((entry) => entry.collection === name).map((entry) => ({ ...entry.data, id: entry.id })),
    ]),
  ) as unknown as CurriculumInput;
  return buildCurriculum(input);
}
