/**
 * The study group's settings: one file, `content/study-group.yaml`. It decides the dated
 * schedule on /schedule/, the calendars (`/schedule.ics`) and the header of the printouts.
 * Every field has a default, so a missing file gives a sensible public schedule.
 */
import { z } from 'astro/zod';
import { closest } from '../values/closest.ts';
import { isIsoDate, WEEKDAYS } from '../values/dates.ts';
import { HOURS_PER_WEEK } from '../values/study-hours.ts';
import { isTimeZone, knownTimeZones } from '../values/time-zone.ts';
import { contentId, text, webUrl } from './common.ts';

/** A calendar date written `YYYY-MM-DD` that exists (so not `2027-02-30`). */
export const isoDate = z.string({ error: 'must be a date written YYYY-MM-DD, e.g. `2027-01-04`, in quotes' }).superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a date: write it as YYYY-MM-DD, e.g. `2027-01-04`' });
  } else if (!isIsoDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a date: that day does not exist in the calendar; check the month and day' });
  }
});

/** An IANA time zone name such as `Europe/Berlin`, `America/New_York` or `UTC`. */
export const timeZone = z.string().superRefine((value, ctx) => {
  if (isTimeZone(value)) return;
  const zones = knownTimeZones();
  // A city alone (`Berlin`) names the zone it ends; otherwise look for a typo.
  const suggestion = zones.find((zone) => zone.toLowerCase().endsWith(`/${value.toLowerCase().replaceAll(' ', '_')}`)) ?? closest(value, zones);
  ctx.addIssue({
    code: 'custom',
    message: `is not an IANA time zone. ${suggestion ? `Did you mean "${suggestion}"?` : 'Use a name from the tz database such as `Europe/Berlin`, `America/New_York` or `UTC`.'}`,
  });
});

export const DEFAULT_STUDY_GROUP = {
  name: 'Distributed Systems Reading Group',
  start: '2027-01-04',
  hoursPerWeek: HOURS_PER_WEEK.reference,
  meeting: { weekday: 'thursday', time: '18:00', durationMinutes: 90, timeZone: 'UTC', place: 'Online' },
} as const;

export const meetingSchema = z.strictObject({
  /** The day the group meets each week, in English: `monday` ... `sunday`. */
  weekday: z.enum(WEEKDAYS).default(DEFAULT_STUDY_GROUP.meeting.weekday),
  /** Local start time, 24-hour `HH:MM`. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time: write it as 24-hour HH:MM in quotes, e.g. "18:30"')
    .default(DEFAULT_STUDY_GROUP.meeting.time),
  /** How long a meeting lasts, in minutes. */
  durationMinutes: z.number().int().min(15, 'must be at least 15 minutes').max(480, 'must be at most 480 minutes (8 hours)').default(DEFAULT_STUDY_GROUP.meeting.durationMinutes),
  /** The time zone the meeting time is in (IANA name); meetings keep their local time across daylight-saving changes. */
  timeZone: timeZone.default(DEFAULT_STUDY_GROUP.meeting.timeZone),
  /** Where the group meets: a room, a café, or `Online`. */
  place: text.default(DEFAULT_STUDY_GROUP.meeting.place),
  /** The video-call or meeting-page link, if any. */
  link: webUrl.optional(),
});

/** Days without a meeting (holidays): a meeting on one of them moves the plan on a week. */
export const skipDates = z
  .strictObject({
    /** First day, `YYYY-MM-DD` in quotes. */
    from: isoDate,
    /** Last day, `YYYY-MM-DD` in quotes; the same day as `from` when omitted. */
    to: isoDate.optional(),
    /** Shown in the schedule where the meeting would have been: `Winter holidays`. */
    reason: text.optional(),
  })
  .superRefine((range, ctx) => {
    if (range.to !== undefined && range.to < range.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `is before "from" (${range.from}): a skipped stretch ends on or after the day it starts` });
    }
  });

/** A member of the group, for the presenter rota and the design-problem pairs. */
export const member = z.strictObject({
  /** The name the rota shows: `Ana`. */
  name: text,
  /** Days the member cannot come; they are not given a meeting on them. */
  absent: z.array(skipDates).default([]),
});

export const studyGroupSchema = z.strictObject({
  /** The group's name, printed at the top of every schedule page and calendar. */
  name: text.default(DEFAULT_STUDY_GROUP.name),
  /** First day of week 1, `YYYY-MM-DD` in quotes. */
  start: isoDate.default(DEFAULT_STUDY_GROUP.start),
  /** Study hours each member plans a week; 10 keeps the roadmap's own timing, 5 takes twice as long. */
  hoursPerWeek: z
    .number({ error: `must be a number of hours from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}` })
    .min(HOURS_PER_WEEK.min, `is too few: plan at least ${HOURS_PER_WEEK.min} hours a week`)
    .max(HOURS_PER_WEEK.max, `is too many: plan at most ${HOURS_PER_WEEK.max} hours a week`)
    .default(DEFAULT_STUDY_GROUP.hoursPerWeek),
  /** The weekly meeting. */
  meeting: meetingSchema.prefault({}),
  /**
   * The day these settings last changed, `YYYY-MM-DD`. Calendars use it as every event's DTSTAMP,
   * so two builds of the same settings give identical files; the start date when omitted.
   */
  updated: isoDate.optional(),
  /** Phases the group works through (phase ids), in roadmap order; all four when omitted. */
  phases: z.array(contentId).min(1).optional(),
  /** Days without a meeting, such as holidays; the plan moves on a week for each meeting skipped. */
  skip: z.array(skipDates).default([]),
  /**
   * The members, in the order the rota starts with. With members, every paper meeting gets a
   * presenter in turn and design-problem meetings get pairs; without, no rota appears anywhere.
   */
  members: z.array(member).default([]),
  /** Weeks without a meeting between one phase and the next (0: none). */
  breakWeeksBetweenPhases: z.number().int().min(0, 'must be 0 or more weeks').max(12, 'must be at most 12 weeks').default(0),
});

export type StudyGroupData = z.infer<typeof studyGroupSchema>;
