/**
 * The undated plan (phases, meetings, readings, effort) that /schedule/'s personal-schedule form
 * dates in the reader's browser. A file of its own, fetched only when a reader makes their own
 * schedule: inside the page it was 25 KB of the schedule's 209 KB, and at 30 times the
 * curriculum 764 KB of 2.2 MB, parsed by every visitor.
 */
import type { APIRoute } from 'astro';
import { getGroupSchedule } from '../../data/schedule.ts';
import { fileResponse } from '../../lib/content-types.ts';

export const GET: APIRoute = async () => fileResponse(JSON.stringify((await getGroupSchedule()).plan), '.json');
