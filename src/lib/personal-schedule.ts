/**
 * A reader's own schedule settings, kept in their browser: what is stored, how it is checked
 * when read back (anything else is ignored, never trusted), and the calendar made from it, named
 * for the reader (no group name, place or link). Pure: the page glue is in
 * src/scripts/personal-schedule.ts.
 */
import { isIsoDate, WEEKDAYS, type Weekday } from '../values/dates.ts';
import { HOURS_PER_WEEK } from '../values/study-hours.ts';
import { isTimeZone } from '../values/time-zone.ts';
import { toIcs } from './ics.ts';
import { scheduleEvents, type CalendarLinks } from './schedule/calendar.ts';
import type { Schedule } from './schedule/layout.ts';

export const PERSONAL_FORMAT = 'ds-roadmap-personal-schedule';
export const PERSONAL_VERSION = 1;

export interface PersonalSettings {
  /** First day of week 1, `YYYY-MM-DD`. */
  start: string;
  weekday: Weekday;
  hoursPerWeek: number;
  /** Local time of the reader's weekly session, `HH:MM`. */
  time: string;
  /** IANA time zone of that time. */
  timeZone: string;
}

/**
 * The localStorage key for one copy of the site: copies served from different folders of one
 * origin (`/a/`, `/b/`) keep separate settings.
 */
export const personalStorageKey = (base: string) => `${PERSONAL_FORMAT}/v${PERSONAL_VERSION}@${base}`;

/** Why settings are not usable, or nothing when they are. */
export function settingsProblem(settings: PersonalSettings): string | undefined {
  if (!isIsoDate(settings.start)) return 'the start date must be a date such as 2027-01-04';
  if (!WEEKDAYS.includes(settings.weekday)) return `the meeting day must be one of ${WEEKDAYS.join(', ')}`;
  if (!(settings.hoursPerWeek >= HOURS_PER_WEEK.min && settings.hoursPerWeek <= HOURS_PER_WEEK.max)) {
    return `the hours per week must be from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}, not ${settings.hoursPerWeek}`;
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(settings.time)) return 'the time must be written HH:MM, such as 18:30';
  if (!isTimeZone(settings.timeZone)) return `"${settings.timeZone}" is not a time zone such as Europe/Berlin`;
  return undefined;
}

/** Reads what was stored; `undefined` for anything that is not a whole, valid set of settings. */
export function parsePersonalSettings(text: string | null): PersonalSettings | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const { start, weekday, hoursPerWeek, time, timeZone } = data as Record<string, unknown>;
  if (typeof start !== 'string' || typeof weekday !== 'string' || typeof hoursPerWeek !== 'number' || typeof time !== 'string' || typeof timeZone !== 'string') return undefined;
  const settings = { start, weekday: weekday as Weekday, hoursPerWeek, time, timeZone };
  return settingsProblem(settings) ? undefined : settings;
}

export const serializePersonalSettings = (settings: PersonalSettings) =>
  JSON.stringify({ start: settings.start, weekday: settings.weekday, hoursPerWeek: settings.hoursPerWeek, time: settings.time, timeZone: settings.timeZone });

/** The reader's calendar: one event a week at their own time, named for the reader, not the group. */
export function personalCalendar(schedule: Schedule, settings: PersonalSettings, links: Omit<CalendarLinks, 'uidPrefix' | 'summaryPrefix'>, stamp: Date): string {
  return toIcs({
    name: 'My Distributed Systems Roadmap schedule',
    description: `A personal schedule of the Distributed Systems Engineer Learning Roadmap, from ${settings.start}, ${settings.hoursPerWeek} hours a week.`,
    stamp,
    events: scheduleEvents(schedule, { time: settings.time, durationMinutes: 60, timeZone: settings.timeZone }, { ...links, uidPrefix: `personal-${settings.start}` }),
  });
}

/** The week that holds `today` (`YYYY-MM-DD`), or where today falls outside the schedule. */
export function weekOf(weeks: ReadonlyArray<{ number: number; start: string; end: string }>, today: string): { week: number } | { before: string } | { after: string } | undefined {
  if (!weeks.length) return undefined;
  if (today < weeks[0]!.start) return { before: weeks[0]!.start };
  const week = weeks.find((candidate) => candidate.start <= today && today <= candidate.end) ?? weeks.find((candidate) => candidate.start > today);
  return week ? { week: week.number } : { after: weeks.at(-1)!.end };
}
