/**
 * A dated schedule as calendar events: one event per weekly meeting, with the week's readings
 * and tasks in the description, each followed by a link to its page. Shared by the build
 * (`/schedule.ics`) and the personal-schedule script on /schedule/.
 */
import { zonedTimeToUtc } from '../../values/time-zone.ts';
import { toIcs, type CalendarEvent } from '../ics.ts';
import { routes } from '../routes.ts';
import type { Schedule, ScheduleWeek } from './layout.ts';

export interface MeetingSettings {
  /** Local start time `HH:MM`. */
  time: string;
  durationMinutes: number;
  timeZone: string;
  place?: string;
  link?: string;
}

export interface CalendarLinks {
  /** Turns a site-relative path (`/papers/raft/`) into an absolute URL. */
  absolute(path: string): string;
  /** The domain part of every UID: `ds-roadmap.example.org`. */
  uidDomain: string;
  /** Distinguishes calendars that must not share UIDs (a personal schedule): `group`, `personal-2027-01-04`. */
  uidPrefix: string;
}

export function weekSummary(week: ScheduleWeek, phaseTitle: string): string {
  return `Week ${week.number} · Month ${week.month} · ${phaseTitle}`;
}

function weekDescription(week: ScheduleWeek, links: CalendarLinks, meeting: MeetingSettings): string {
  const lines = week.items.length
    ? week.items.map((item) => {
        const part = item.part ? ` (week ${item.part.index} of ${item.part.of})` : '';
        const link = item.path ? ` <${links.absolute(item.path)}>` : '';
        return `- ${item.title}${part}, about ${item.hours} h${link}`;
      })
    : ['- No new items this week: catch up, revisit a paper, or go deeper.'];
  return [`Plan for week ${week.number} (about ${week.hours} h):`, ...lines, ...(meeting.link ? ['', `Join: ${meeting.link}`] : [])].join('\n');
}

/** One event per week, at the meeting's local time in its time zone, stored in UTC. */
export function scheduleEvents(schedule: Schedule, meeting: MeetingSettings, links: CalendarLinks, phaseIds?: readonly string[]): CalendarEvent[] {
  const titles = new Map(schedule.phases.map((phase) => [phase.id, phase.title]));
  return schedule.weeks
    .filter((week) => !phaseIds || phaseIds.includes(week.phase))
    .map((week) => {
      const start = zonedTimeToUtc(week.meeting, meeting.time, meeting.timeZone);
      return {
        uid: `${links.uidPrefix}-week-${week.number}@${links.uidDomain}`,
        start,
        end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
        summary: weekSummary(week, titles.get(week.phase) ?? week.phase),
        description: weekDescription(week, links, meeting),
        ...(meeting.place ? { location: meeting.place } : {}),
        url: links.absolute(routes.scheduleWeek(week.number)),
      };
    });
}

export interface GroupCalendarInput {
  group: { name: string };
  schedule: Schedule;
  meeting: MeetingSettings;
  links: CalendarLinks;
  stamp: Date;
}

/** The `.ics` text of a group's schedule, whole or for one phase. */
export function groupCalendar({ group, schedule, meeting, links, stamp }: GroupCalendarInput, phaseId?: string): string {
  const phase = phaseId ? schedule.phases.find((candidate) => candidate.id === phaseId) : undefined;
  return toIcs({
    name: phase ? `${group.name}: Phase ${phase.order}, ${phase.title}` : group.name,
    description: `Weekly meetings of ${group.name}, following the Distributed Systems Engineer Learning Roadmap. Schedule: ${links.absolute(routes.schedule)}`,
    stamp,
    events: scheduleEvents(schedule, meeting, links, phaseId ? [phaseId] : undefined),
  });
}
