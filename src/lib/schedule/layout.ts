/**
 * Dates for a plan: numbered study weeks, a roadmap month four weeks at the reference pace and
 * proportionally more (or fewer) at others. The chosen phases follow each other; a week whose
 * meeting falls on a skipped date (a holiday) has no meeting and moves the plan a week on, and a
 * break between phases can be asked for. Then week-fill.ts evens out the hours and gives every
 * meeting something to do. Never reads the clock: the start date is an argument.
 */
import { addDays, isIsoDate, nextWeekday, WEEKDAYS, type Weekday } from '../../values/dates.ts';
import { pace } from './assumptions.ts';
import type { SchedulePlan } from './plan.ts';
import type { Schedule, ScheduleBreak, SchedulePhaseSpan, ScheduleWeek } from './types.ts';
import { fillWeeks } from './week-fill.ts';

export type { Schedule, ScheduleBreak, ScheduledItem, SchedulePhaseSpan, ScheduleWeek } from './types.ts';

/** Dates with no meeting, `from` to `to` inclusive (`YYYY-MM-DD`). */
export interface SkipRange {
  from: string;
  to: string;
  reason?: string;
}

export interface ScheduleOptions {
  /** First day of week 1, `YYYY-MM-DD`. */
  start: string;
  /** The group meets once a week, on this day. */
  meetingWeekday: Weekday;
  /** Study hours a week; the reference pace (10) keeps the roadmap's timing. */
  hoursPerWeek: number;
  /** Phase ids to schedule, in any order; all phases of the plan when omitted. */
  phases?: readonly string[];
  /** Meetings that do not happen: the plan moves on a week for each. */
  skip?: readonly SkipRange[];
  /** Weeks without a meeting between one phase and the next. */
  breakWeeksBetweenPhases?: number;
}

function checkOptions(options: ScheduleOptions): void {
  if (!isIsoDate(options.start)) throw new RangeError(`start must be a YYYY-MM-DD date, not ${JSON.stringify(options.start)}`);
  if (!WEEKDAYS.includes(options.meetingWeekday)) throw new RangeError(`meetingWeekday must be one of ${WEEKDAYS.join(', ')}`);
  if (!(options.hoursPerWeek >= pace.minHoursPerWeek && options.hoursPerWeek <= pace.maxHoursPerWeek)) {
    throw new RangeError(`hoursPerWeek must be from ${pace.minHoursPerWeek} to ${pace.maxHoursPerWeek}, not ${options.hoursPerWeek}`);
  }
}

/** Calendar weeks from the start, each either a study week or a break. */
function calendar(options: ScheduleOptions) {
  const skip = options.skip ?? [];
  let index = 0;
  const breaks: ScheduleBreak[] = [];
  const week = () => {
    const start = addDays(options.start, 7 * index++);
    return { start, end: addDays(start, 6), meeting: nextWeekday(start, options.meetingWeekday) };
  };
  return {
    breaks,
    /** The next calendar week that has a meeting. */
    next() {
      for (;;) {
        const candidate = week();
        const skipped = skip.find((range) => range.from <= candidate.meeting && candidate.meeting <= range.to);
        if (!skipped) return candidate;
        breaks.push({ ...candidate, reason: skipped.reason ?? 'No meeting' });
      }
    },
    /** A calendar week left out on purpose. */
    rest(reason: string) {
      breaks.push({ ...week(), reason });
    },
  };
}

/** Dates the plan: week 1 starts on `options.start`, each week is seven days. */
export function layoutSchedule(plan: SchedulePlan, options: ScheduleOptions): Schedule {
  checkOptions(options);
  const weeksPerMonth = (pace.weeksPerMonth * pace.referenceHoursPerWeek) / options.hoursPerWeek;
  const phases = plan.phases.filter((phase) => !options.phases || options.phases.includes(phase.id)).sort((a, b) => a.order - b.order);
  const days = calendar(options);
  const weeks: ScheduleWeek[] = [];
  const spans: SchedulePhaseSpan[] = [];
  phases.forEach((phase, phaseIndex) => {
    if (phaseIndex > 0) for (let rest = 0; rest < (options.breakWeeksBetweenPhases ?? 0); rest++) days.rest(`Break before Phase ${phase.order}`);
    const offset = weeks.length;
    const count = Math.max(1, Math.round((phase.months.end - phase.months.start) * weeksPerMonth));
    for (let index = 0; index < count; index++) {
      weeks.push({
        number: offset + index + 1,
        phase: phase.id,
        month: Math.min(phase.months.end, phase.months.start + Math.floor(index / weeksPerMonth + 1e-9) + 1),
        ...days.next(),
        items: [],
        hours: 0,
        label: '',
      });
    }
    spans.push({ ...phase, firstWeek: offset + 1, lastWeek: offset + count, start: weeks[offset]!.start, end: weeks[offset + count - 1]!.end });
    const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
    for (const item of plan.items.filter((candidate) => candidate.phase === phase.id)) {
      // The item starts in the week its start falls in and keeps its length in weeks at this pace.
      const first = clamp(Math.floor((item.months.start - phase.months.start) * weeksPerMonth + 1e-9));
      const length = Math.max(1, Math.round((item.months.end - item.months.start) * weeksPerMonth));
      const last = clamp(first + length - 1);
      const of = last - first + 1;
      for (let index = first; index <= last; index++) {
        const { key, kind, title, label, path, note, hours } = item;
        weeks[offset + index]!.items.push({
          key,
          kind,
          title,
          label,
          ...(path ? { path } : {}),
          hours: of > 1 ? 0 : hours,
          ...(of > 1 ? { part: { index: index - first + 1, of } } : {}),
          // A moved item says why once, where it starts.
          ...(note && index === first ? { note } : {}),
        });
      }
    }
  });
  fillWeeks(weeks, new Map(plan.items.map((item) => [item.key, item.hours])));
  return {
    start: options.start,
    end: weeks[weeks.length - 1]?.end ?? options.start,
    hoursPerWeek: options.hoursPerWeek,
    meetingWeekday: options.meetingWeekday,
    weeksPerMonth,
    phases: spans,
    weeks,
    breaks: days.breaks,
  };
}

/** The weeks of one phase grouped by roadmap month. */
export function monthsOf(schedule: Schedule, phaseId: string): { month: number; weeks: ScheduleWeek[] }[] {
  const groups = Map.groupBy(
    schedule.weeks.filter((week) => week.phase === phaseId),
    (week) => week.month,
  );
  return [...groups].map(([month, weeks]) => ({ month, weeks }));
}
