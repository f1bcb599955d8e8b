/** The study group's whole calendar: one event per weekly meeting. */
import type { APIRoute } from 'astro';
import { getGroupSchedule } from '../data/schedule.ts';
import { groupCalendar } from '../lib/group-calendar.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(groupCalendar(await getGroupSchedule(site!, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
