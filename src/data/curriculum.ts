/**
 * The one caller of `getCollection`: loads every kind the registry declares once per build and
 * returns the cross-linked curriculum. Content has already passed the whole check in the loaders.
 */
import { getCollection } from 'astro:content';
import { kindNames } from '../lib/content/registry.ts';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../lib/curriculum.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';

let cached: Promise<Curriculum> | undefined;

export function getCurriculum(): Promise<Curriculum> {
  cached ??= (async () => {
    const input = Object.fromEntries(
      await Promise.all(kindNames.map(async (kind) => [kind, (await getCollection(kind)).map((entry) => ({ ...entry.data, id: entry.id }))] as const)),
    );
    return buildCurriculum(input as unknown as CurriculumInput);
  })();
  return cached;
}

/** The study group's settings from content/study-group.yaml (defaults where absent). */
export async function getStudyGroup(): Promise<StudyGroupData> {
  const [entry] = await getCollection('studyGroup');
  if (!entry) throw new Error('the studyGroup collection is empty: its loader always stores one entry');
  return entry.data;
}
