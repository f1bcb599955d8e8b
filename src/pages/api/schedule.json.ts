import type { APIRoute } from 'astro';
import { getGroupSchedule } from '../../data/schedule.ts';
import { fileResponse } from '../../lib/content-types.ts';
import { scheduleJson } from '../../lib/schedule/json.ts';

export const GET: APIRoute = async () => {
  const { schedule, group, meeting, links, rota } = await getGroupSchedule();
  return fileResponse(`${JSON.stringify(scheduleJson(schedule, group, meeting, links, rota), null, 2)}\n`, '.json');
};
