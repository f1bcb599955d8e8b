/** The dated schedule's shapes, shared by layout.ts (which makes them) and week-fill.ts (which finishes them). */
import type { Weekday } from '../../values/dates.ts';
import type { ItemKind, PlanPhase } from './plan.ts';

export interface ScheduledItem {
  key: string;
  kind: ItemKind;
  title: string;
  /** A few words for the meeting's name. */
  label: string;
  path?: string;
  /** Hours of this item in this week. */
  hours: number;
  /** For an item spread over several weeks: which of them this is. */
  part?: { index: number; of: number };
  /** Why the item is where it is, when the plan moved it. */
  note?: string;
}

export interface ScheduleWeek {
  /** 1-based, counted through the study weeks (weeks without a meeting have no number). */
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
  /** What the meeting is about, in a few words: `Raft + Lab 2 kick-off`. */
  label: string;
}

/** A calendar week with no meeting. */
export interface ScheduleBreak {
  start: string;
  end: string;
  /** The meeting day it would have had. */
  meeting: string;
  reason: string;
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
  breaks: ScheduleBreak[];
}

