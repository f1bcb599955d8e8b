/** The study group's whole calendar: one event per weekly meeting. */
import type { APIRoute } from 'astro';
import { getGroupSchedule } from '../data/schedule.ts';
import { fileResponse } from '../lib/content-types.ts';
import { groupCalendar } from '../lib/schedule/calendar.ts';

export const GET: APIRoute = async () => fileResponse(groupCalendar(await getGroupSchedule()), '.ics');
