/**
 * Dates for a plan: numbered weeks with dates, a roadmap month four weeks at the reference pace
 * and proportionally more (or fewer) at others; the chosen phases follow each other without
 * gaps. Never reads the clock: the start date is an argument.
 */
import { addDays, isIsoDate, nextWeekday, WEEKDAYS, type Weekday } from '../../values/dates.ts';
import { pace } from './assumptions.ts';
import type { ItemKind, PlanPhase, SchedulePlan } from './plan.ts';

export interface ScheduleOptions {
  /** First day of week 1, `YYYY-MM-DD`. */
  start: string;
  /** The group meets once a week, on this day. */
  meetingWeekday: Weekday;
  /** Study hours a week; the reference pace (10) keeps the roadmap's timing. */
  hoursPerWeek: number;
  /** Phase ids to schedule, in any order; all phases of the plan when omitted. */
  phases?: readonly string[];
}

export interface ScheduledItem {
  key: string;
  kind: ItemKind;
  title: string;
  path?: string;
  /** Hours of this item in this week. */
  hours: number;
  /** For an item spread over several weeks: which of them this is. */
  part?: { index: number; of: number };
}

export interface ScheduleWeek {
  /** 1-based, counted through the whole schedule. */
  number: number;
  phase: string;
  /** The roadmap month the week belongs to ("Month 1" is the first). */
  month: number;
  /** First and last day of the week, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** The day of the week's meeting. */
  meeting: string;
  items: ScheduledItem[];
  /** Estimated hours of the week. */
  hours: number;
}

export interface SchedulePhaseSpan extends PlanPhase {
  firstWeek: number;
  lastWeek: number;
  start: string;
  end: string;
}

export interface Schedule {
  start: string;
  end: string;
  hoursPerWeek: number;
  meetingWeekday: Weekday;
  /** Study weeks per roadmap month at this pace. */
  weeksPerMonth: number;
  phases: SchedulePhaseSpan[];
  weeks: ScheduleWeek[];
}

const halfHours = (hours: number) => Math.max(0.5, Math.round(hours * 2) / 2);

/** Dates the plan: week 1 starts on `options.start`, each week is seven days. */
export function layoutSchedule(plan: SchedulePlan, options: ScheduleOptions): Schedule {
  if (!isIsoDate(options.start)) throw new RangeError(`start must be a YYYY-MM-DD date, not ${JSON.stringify(options.start)}`);
  if (!WEEKDAYS.includes(options.meetingWeekday)) throw new RangeError(`meetingWeekday must be one of ${WEEKDAYS.join(', ')}`);
  if (!(options.hoursPerWeek >= pace.minHoursPerWeek && options.hoursPerWeek <= pace.maxHoursPerWeek)) {
    throw new RangeError(`hoursPerWeek must be from ${pace.minHoursPerWeek} to ${pace.maxHoursPerWeek}, not ${options.hoursPerWeek}`);
  }
  const weeksPerMonth = (pace.weeksPerMonth * pace.referenceHoursPerWeek) / options.hoursPerWeek;
  const phases = plan.phases.filter((phase) => !options.phases || options.phases.includes(phase.id)).sort((a, b) => a.order - b.order);
  const weeks: ScheduleWeek[] = [];
  const spans: SchedulePhaseSpan[] = [];
  for (const phase of phases) {
    const offset = weeks.length;
    const count = Math.max(1, Math.round((phase.months.end - phase.months.start) * weeksPerMonth));
    for (let index = 0; index < count; index++) {
      const number = offset + index + 1;
      const start = addDays(options.start, 7 * (number - 1));
      weeks.push({
        number,
        phase: phase.id,
        month: Math.min(phase.months.end, phase.months.start + Math.floor(index / weeksPerMonth + 1e-9) + 1),
        start,
        end: addDays(start, 6),
        meeting: nextWeekday(start, options.meetingWeekday),
        items: [],
        hours: 0,
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
        const { key, kind, title, path } = item;
        weeks[offset + index]!.items.push({
          key,
          kind,
          title,
          ...(path ? { path } : {}),
          hours: halfHours(item.hours / of),
          ...(of > 1 ? { part: { index: index - first + 1, of } } : {}),
        });
      }
    }
  }
  for (const week of weeks) week.hours = week.items.reduce((sum, item) => sum + item.hours, 0);
  return {
    start: options.start,
    end: weeks[weeks.length - 1]?.end ?? options.start,
    hoursPerWeek: options.hoursPerWeek,
    meetingWeekday: options.meetingWeekday,
    weeksPerMonth,
    phases: spans,
    weeks,
  };
}

/** The weeks of one phase grouped by roadmap month, for a table per month. */
export function monthsOf(schedule: Schedule, phaseId: string): { month: number; weeks: ScheduleWeek[] }[] {
  const groups = Map.groupBy(
    schedule.weeks.filter((week) => week.phase === phaseId),
    (week) => week.month,
  );
  return [...groups].map(([month, weeks]) => ({ month, weeks }));
}
