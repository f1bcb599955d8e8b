/**
 * The curriculum's collections: where each lives under the content root, which file types it
 * takes and which schema checks it. `src/content.config.ts` and the validator both read this,
 * so a collection is declared once.
 */
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

export const collectionSpecs = {
  phases: { folder: 'phases', extensions: ['mdx', 'md'], schema: phaseSchema, noun: 'phase' },
  papers: { folder: 'papers', extensions: ['yaml', 'yml'], schema: paperSchema, noun: 'paper' },
  books: { folder: 'books', extensions: ['yaml', 'yml'], schema: bookSchema, noun: 'book or resource' },
  labs: { folder: 'labs', extensions: ['yaml', 'yml'], schema: labSchema, noun: 'lab' },
  criteria: { folder: 'criteria', extensions: ['yaml', 'yml'], schema: criterionSchema, noun: 'criterion' },
  courses: { folder: 'courses', extensions: ['yaml', 'yml'], schema: courseSchema, noun: 'course' },
  projects: { folder: 'projects', extensions: ['yaml', 'yml'], schema: projectSchema, noun: 'project' },
  designProblems: { folder: 'design-problems', extensions: ['yaml', 'yml'], schema: designProblemSchema, noun: 'design problem' },
  openSource: { folder: 'open-source', extensions: ['yaml', 'yml'], schema: openSourceSchema, noun: 'open-source project' },
  systemStudies: { folder: 'system-studies', extensions: ['yaml', 'yml'], schema: systemStudySchema, noun: 'system study' },
  studyTopics: { folder: 'study-topics', extensions: ['yaml', 'yml'], schema: studyTopicSchema, noun: 'study topic' },
} as const;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];
