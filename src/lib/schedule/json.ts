/**
 * The group's dated plan as JSON for other tools (`/api/schedule.json`): every meeting with its
 * date, start time in UTC, what it is about, its presenters and pairs, and its items with absolute links; the weeks
 * without a meeting; the settings it was made from. Stable field order.
 */
import { zonedTimeToUtc } from '../../values/time-zone.ts';
import type { CalendarLinks, MeetingSettings } from './calendar.ts';
import type { Schedule } from './layout.ts';
import type { Rota } from './rota.ts';

export const SCHEDULE_JSON_VERSION = 1;

export function scheduleJson(schedule: Schedule, group: { name: string }, meeting: MeetingSettings, links: Pick<CalendarLinks, 'absolute'>, rota: Rota) {
  return {
    version: SCHEDULE_JSON_VERSION,
    group: group.name,
    start: schedule.start,
    end: schedule.end,
    hoursPerWeek: schedule.hoursPerWeek,
    meeting: { weekday: schedule.meetingWeekday, ...meeting },
    phases: schedule.phases.map(({ id, title, order, firstWeek, lastWeek, start, end }) => ({ id, title, order, firstWeek, lastWeek, start, end })),
    weeks: schedule.weeks.map((week) => ({
      number: week.number,
      phase: week.phase,
      month: week.month,
      start: week.start,
      end: week.end,
      meeting: week.meeting,
      meetingStart: zonedTimeToUtc(week.meeting, meeting.time, meeting.timeZone).toISOString(),
      title: week.label,
      hours: week.hours,
      presenters: rota.presentations.filter((presentation) => presentation.week === week.number).map(({ key, presenter }) => ({ key, presenter })),
      pairs: rota.pairs.find((entry) => entry.week === week.number)?.pairs ?? [],
      items: week.items.map((item) => ({
        key: item.key,
        kind: item.kind,
        title: item.title,
        hours: item.hours,
        ...(item.part ? { part: item.part } : {}),
        ...(item.path ? { url: links.absolute(item.path) } : {}),
        ...(item.note ? { note: item.note } : {}),
      })),
    })),
    breaks: schedule.breaks,
  };
}
