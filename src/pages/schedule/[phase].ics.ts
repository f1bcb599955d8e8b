/** One phase's calendar; its events keep the UIDs they have in /schedule.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGroupSchedule } from '../../data/schedule.ts';
import { groupCalendar } from '../../lib/group-calendar.ts';
import { getCurriculum, getStudyGroup } from '../../data/curriculum.ts';

export const getStaticPaths = (async () => {
  const [curriculum, group] = await Promise.all([getCurriculum(), getStudyGroup()]);
  return curriculum.phases.filter((phase) => !group.phases || group.phases.includes(phase.id)).map((phase) => ({ params: { phase: phase.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) =>
  new Response(groupCalendar(await getGroupSchedule(site!, import.meta.env.BASE_URL), params.phase), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
