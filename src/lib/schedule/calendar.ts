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
  /** Put before every event's name: the group's name; none for a personal calendar. */
  summaryPrefix?: string;
  /** The page of a meeting (the group's meeting pages); the schedule's week otherwise. */
  meetingPath?(week: number): string;
  /** More lines for a week's description: the presenter, the question to prepare. */
  moreLines?(week: ScheduleWeek): string[];
}

/** The event's name says what the meeting is about: `DS Reading Group: Raft + Lab 2 kick-off`. */
export function weekSummary(week: ScheduleWeek, prefix?: string): string {
  return prefix ? `${prefix}: ${week.label}` : week.label;
}

function weekDescription(week: ScheduleWeek, links: CalendarLinks, meeting: MeetingSettings, phaseTitle: string): string {
  const lines = week.items.flatMap((item) => {
    const part = item.part ? ` (week ${item.part.index} of ${item.part.of})` : '';
    const link = item.path ? ` <${links.absolute(item.path)}>` : '';
    return [`- ${item.title}${part}, about ${item.hours} h${link}`, ...(item.note ? [`  ${item.note}`] : [])];
  });
  return [
    `Week ${week.number}, month ${week.month} of the roadmap (${phaseTitle}), about ${week.hours} h:`,
    ...lines,
    ...(links.moreLines?.(week) ?? []),
    ...(meeting.link ? ['', `Join: ${meeting.link}`] : []),
  ].join('\n');
}

/** One event per week, at the meeting's local time in its time zone, stored in UTC. */
export function scheduleEvents(schedule: Schedule, meeting: MeetingSettings, links: CalendarLinks, phaseIds?: readonly string[]): CalendarEvent[] {
  const titles = new Map(schedule.phases.map((phase) => [phase.id, `Phase ${phase.order}, ${phase.title}`]));
  return schedule.weeks
    .filter((week) => !phaseIds || phaseIds.includes(week.phase))
    .map((week) => {
      const start = zonedTimeToUtc(week.meeting, meeting.time, meeting.timeZone);
      return {
        uid: `${links.uidPrefix}-week-${week.number}@${links.uidDomain}`,
        start,
        end: new Date(start.getTime() + meeting.durationMinutes * 60_000),
        summary: weekSummary(week, links.summaryPrefix),
        description: weekDescription(week, links, meeting, titles.get(week.phase) ?? week.phase),
        ...(meeting.place ? { location: meeting.place } : {}),
        url: links.absolute(links.meetingPath?.(week.number) ?? routes.scheduleWeek(week.number)),
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
