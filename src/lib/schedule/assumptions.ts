/**
 * The assumptions behind the dated schedule, as data: how the roadmap's months turn into weeks,
 * how long each kind of work takes, and the timing the roadmap gives in prose but the content
 * files do not carry. The /schedule/ page prints these tables, so a group can see (and argue
 * with) every number. Timing that names papers (the roadmap's "Month 5–6: Storage System
 * Papers") is content: a phase's `readingWindows`.
 */
import type { Difficulty } from '../../schemas/common.ts';
import { HOURS_PER_WEEK } from '../../values/study-hours.ts';

/** A span of roadmap months on a continuous timeline: "Month 4–5" is `{ start: 4, end: 5 }`, "Month 2" `{ start: 1, end: 2 }`. */
export interface MonthSpan {
  start: number;
  end: number;
}

export const pace = {
  /** The roadmap's "Week 1–4" of DDIA fill Month 1, so a roadmap month is four study weeks. */
  weeksPerMonth: 4,
  /** Hours a week at which the roadmap's own timing holds; other paces stretch or shrink it. */
  referenceHoursPerWeek: HOURS_PER_WEEK.reference,
  /** The slowest and fastest paces the schedule accepts. */
  minHoursPerWeek: HOURS_PER_WEEK.min,
  maxHoursPerWeek: HOURS_PER_WEEK.max,
} as const;

/** Hours to read a paper closely, take notes and discuss it, by the roadmap's difficulty rating. */
export const paperHours: Readonly<Record<Difficulty, number>> = { Medium: 4, Hard: 6, 'Very Hard': 8 };

export const effort = {
  /** A paper the roadmap does not rate. */
  unratedPaperHours: 4,
  /** One book chapter (DDIA chapters run 30–50 pages). */
  chapterHours: 2,
  /** A review week with no new chapters ("Review + write 2-page summary"). */
  reviewHours: 6,
  /** One networking self-study topic. */
  studyTopicHours: 3,
  /** Hours per week of a project's estimate ("3–4 weeks" means up to 4 such weeks), for labs that carry a project. */
  projectHoursPerEstimatedWeek: 8,
  /** A lab or exercise with no project estimate. */
  labHours: 16,
  /** Reading the source and design of a production system (Kafka, Cassandra, CockroachDB). */
  systemStudyHours: 16,
  /** One system-design practice problem, designed and critiqued in pairs. */
  designProblemHours: 4,
  /** Finding an issue, fixing it and getting a first contribution merged. */
  openSourceHours: 24,
  /** Checking oneself against a success criterion. */
  criterionHours: 1,
  /** A single reading takes one roadmap week of the timeline. */
  readingWeeks: 1,
} as const;

/** Timing the roadmap states in its headings, for items whose files carry no months. */
export const roadmapTiming = {
  /** "Month 16–18: Open-Source Contribution". */
  openSource: { start: 16, end: 18 } satisfies MonthSpan,
};
