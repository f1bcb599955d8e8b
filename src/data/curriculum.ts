/**
 * The one caller of `getCollection`: loads every kind the registry declares once per build and
 * returns the cross-linked curriculum. Content has already passed the whole check in the loaders.
 */
import { getCollection } from 'astro:content';
import { kindNames } from '../lib/content/registry.ts';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../lib/curriculum.ts';
import { currentProblems } from '../lib/validation/dev-problems.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';

let cached: Promise<Curriculum> | undefined;

export function getCurriculum(): Promise<Curriculum> {
  // Under astro dev, content with problems shows them (in Astro's overlay), not the last good content.
  const problems = currentProblems();
  if (problems) return Promise.reject(problems);
  cached ??= (async () => {
    const collections = await Promise.all(kindNames.map(async (kind) => [kind, await getCollection(kind)] as const));
    const input = Object.fromEntries(collections.map(([kind, entries]) => [kind, entries.map((entry) => ({ ...entry.data, id: entry.id }))]));
    const bodies = Object.fromEntries(collections.map(([kind, entries]) => [kind, new Map(entries.flatMap((entry) => (entry.body ? [[entry.id, entry.body] as const] : [])))]));
    return buildCurriculum(input as unknown as CurriculumInput, undefined, bodies);
  })();
  return cached;
}

/** The study group's settings from content/study-group.yaml (defaults where absent). */
export async function getStudyGroup(): Promise<StudyGroupData> {
  const [entry] = await getCollection('studyGroup');
  if (!entry) throw new Error('the studyGroup collection is empty: its loader always stores one entry');
  return entry.data;
}
