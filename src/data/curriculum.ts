/**
 * The one caller of `getCollection`: loads every collection once per build and returns the
 * cross-linked curriculum. Content has already passed the whole check in the loaders.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../lib/curriculum.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';

async function load<Name extends CollectionKey>(name: Name): Promise<Array<CollectionEntry<Name>['data'] & { id: string }>> {
  const entries: CollectionEntry<Name>[] = await getCollection(name);
  return entries.map((entry) => ({ ...entry.data, id: entry.id }));
}

let cached: Promise<Curriculum> | undefined;

export function getCurriculum(): Promise<Curriculum> {
  cached ??= (async () => {
    const input: CurriculumInput = {
      phases: await load('phases'),
      papers: await load('papers'),
      books: await load('books'),
      labs: await load('labs'),
      criteria: await load('criteria'),
      courses: await load('courses'),
      projects: await load('projects'),
      designProblems: await load('designProblems'),
      openSource: await load('openSource'),
      systemStudies: await load('systemStudies'),
      studyTopics: await load('studyTopics'),
    };
    return buildCurriculum(input);
  })();
  return cached;
}

/** The study group's settings from content/study-group.yaml (defaults where absent). */
export async function getStudyGroup(): Promise<StudyGroupData> {
  const [entry] = await getCollection('studyGroup');
  if (!entry) throw new Error('the studyGroup collection is empty: its loader always stores one entry');
  return entry.data;
}
