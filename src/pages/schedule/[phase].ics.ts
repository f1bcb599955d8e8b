/** One phase's calendar; its events keep the UIDs they have in /schedule.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGroupSchedule } from '../../data/schedule.ts';
import { fileResponse } from '../../lib/content-types.ts';
import { groupCalendar } from '../../lib/schedule/calendar.ts';
import { getCurriculum, getStudyGroup } from '../../data/curriculum.ts';

export const getStaticPaths = (async () => {
  const [curriculum, group] = await Promise.all([getCurriculum(), getStudyGroup()]);
  return curriculum.phases.filter((phase) => !group.phases || group.phases.includes(phase.id)).map((phase) => ({ params: { phase: phase.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => fileResponse(groupCalendar(await getGroupSchedule(), params.phase), '.ics');
