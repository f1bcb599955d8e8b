/** The curriculum's collections; folders, file types and schemas are declared in `src/lib/content/collections.ts`. */
import { defineCollection } from 'astro:content';
import { collectionSpecs as specs } from './lib/content/collections.ts';
import { studyGroupLoader, validatedGlob } from './data/validated-glob.ts';
import { studyGroupSchema } from './schemas/study-group.ts';

export const collections = {
  phases: defineCollection({ loader: validatedGlob('phases'), schema: specs.phases.schema }),
  papers: defineCollection({ loader: validatedGlob('papers'), schema: specs.papers.schema }),
  books: defineCollection({ loader: validatedGlob('books'), schema: specs.books.schema }),
  labs: defineCollection({ loader: validatedGlob('labs'), schema: specs.labs.schema }),
  criteria: defineCollection({ loader: validatedGlob('criteria'), schema: specs.criteria.schema }),
  courses: defineCollection({ loader: validatedGlob('courses'), schema: specs.courses.schema }),
  projects: defineCollection({ loader: validatedGlob('projects'), schema: specs.projects.schema }),
  designProblems: defineCollection({ loader: validatedGlob('designProblems'), schema: specs.designProblems.schema }),
  openSource: defineCollection({ loader: validatedGlob('openSource'), schema: specs.openSource.schema }),
  systemStudies: defineCollection({ loader: validatedGlob('systemStudies'), schema: specs.systemStudies.schema }),
  studyTopics: defineCollection({ loader: validatedGlob('studyTopics'), schema: specs.studyTopics.schema }),
  /** content/study-group.yaml: the group's name, start date, meeting and pace. */
  studyGroup: defineCollection({ loader: studyGroupLoader(), schema: studyGroupSchema }),
};
