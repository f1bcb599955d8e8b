/**
 * The dated study schedule. Two pure steps:
 *
 * 1. `planSchedule(curriculum, phases)` places every item of the chosen phases on the roadmap's
 *    own timeline, in roadmap months (DDIA weeks 1–4 in month 1, Lab 1 in month 2, the Phase 2
 *    papers across months 3–9, ...), with its hours from `schedule-assumptions.ts`. The plan
 *    knows no dates and no pace, so the /schedule/ page can embed it and recompute in the browser.
 * 2. `layoutSchedule(plan, options)` turns the plan into numbered weeks with dates: a roadmap
 *    month takes four weeks at the reference pace and proportionally more (or fewer) at others;
 *    the chosen phases follow each other without gaps.
 *
 * Neither step reads the clock: the start date is an argument.
 */
import type { Curriculum, Lab, Paper } from './curriculum.ts';
import { addDays, isIsoDate, nextWeekday, WEEKDAYS, type Weekday } from './dates.ts';
import { effort, pace, paperHours, roadmapTiming, type MonthSpan } from './schedule-assumptions.ts';

export type ItemKind = 'reading' | 'chapters' | 'study' | 'lab' | 'project' | 'system' | 'design' | 'open-source' | 'checkpoint';

/** One thing to read or do, placed on the roadmap's timeline. */
export interface PlannedItem {
  /** Stable across builds and start dates: `paper:raft`, `book:ddia:week-1`. */
  key: string;
  kind: ItemKind;
  /** What to read or do, as one line. */
  title: string;
  /** Site-relative page with the details: `/papers/raft/`. */
  path?: string;
  /** Phase (id) whose weeks the item falls in. */
  phase: string;
  /** Where on the roadmap's timeline, in months from its start. */
  months: MonthSpan;
  /** Estimated hours for the whole item. */
  hours: number;
}

export interface PlanPhase {
  id: string;
  title: string;
  order: number;
  months: MonthSpan;
}

/** Items of the chosen phases on the roadmap's timeline, before dates and pace. */
export interface SchedulePlan {
  phases: PlanPhase[];
  items: PlannedItem[];
}

export type ScheduleCurriculum = Pick<
  Curriculum,
  'phases' | 'papers' | 'books' | 'labs' | 'criteria' | 'projects' | 'designProblems' | 'openSource' | 'systemStudies' | 'studyTopics'
>;

const WEEK = 1 / pace.weeksPerMonth;
const span = (start: number, end: number): MonthSpan => ({ start, end });

/** `[1, 2, 3]` -> `1–3`, `[4]` -> `4`, `[10, 12]` -> `10, 12`. */
export function chapterList(chapters: readonly number[]): string {
  const consecutive = chapters.every((chapter, index) => index === 0 || chapter === chapters[index - 1]! + 1);
  if (chapters.length > 1 && consecutive) return `${chapters[0]}–${chapters[chapters.length - 1]}`;
  return chapters.join(', ');
}

const hoursOfPaper = (paper: Paper) => (paper.difficulty ? paperHours[paper.difficulty] : effort.unratedPaperHours);

/** Places every item of the chosen phases (all phases when `phaseIds` is omitted) on the roadmap's timeline. */
export function planSchedule(curriculum: ScheduleCurriculum, phaseIds?: readonly string[]): SchedulePlan {
  const phases = curriculum.phases
    .filter((phase) => !phaseIds || phaseIds.includes(phase.id))
    .map(({ id, title, order, months }) => ({ id, title, order, months: { start: months.start, end: months.end } }));
  const selected = new Map(phases.map((phase) => [phase.id, phase]));
  const items: PlannedItem[] = [];
  const add = (item: PlannedItem) => {
    if (selected.has(item.phase)) items.push(item);
  };

  // Books with a weekly schedule (DDIA weeks 1–4) and chapter blocks tied to a month.
  for (const book of curriculum.books) {
    const from = book.months?.start ?? selected.get(book.phase)?.months.start ?? 0;
    for (const week of book.readingWeeks) {
      const review = week.chapters.length === 0;
      add({
        key: `book:${book.id}:week-${week.week}`,
        kind: 'chapters',
        title: review ? `${book.shortName} review: ${week.topics}` : `${book.shortName} ch. ${chapterList(week.chapters)}: ${week.topics}`,
        path: `/books/#${book.id}`,
        phase: book.phase,
        months: span(from + (week.week - 1) * WEEK, from + week.week * WEEK),
        hours: review ? effort.reviewHours : week.chapters.length * effort.chapterHours,
      });
    }
    for (const block of book.chapterAssignments) {
      add({
        key: `book:${book.id}:ch-${block.chapters.join('-')}`,
        kind: 'chapters',
        title: `${book.shortName} ch. ${chapterList(block.chapters)}: ${block.topics}`,
        path: `/books/#${book.id}`,
        phase: book.phase,
        months: span(block.month - 1, block.month),
        hours: block.chapters.length * effort.chapterHours,
      });
    }
  }

  // Self-study topics of a month, one after another through it.
  const topicsByMonth = Map.groupBy(curriculum.studyTopics, (topic) => `${topic.phase}:${topic.month}`);
  for (const topics of topicsByMonth.values()) {
    topics.forEach((topic, index) => {
      const length = 1 / topics.length;
      add({
        key: `topic:${topic.id}`,
        kind: 'study',
        title: `Study ${topic.title}: ${topic.keyConcepts.join(', ')}`,
        path: `/phases/${topic.phase}/`,
        phase: topic.phase,
        months: span(topic.month - 1 + index * length, topic.month - 1 + (index + 1) * length),
        hours: effort.studyTopicHours,
      });
    });
  }

  // Labs, with the project they carry; a project no lab carries closes its phase.
  const labs = [...curriculum.labs].sort((a, b) => a.months.start - b.months.start || a.order - b.order);
  const carried = new Set(curriculum.labs.flatMap((lab) => (lab.project ? [lab.project] : [])));
  const projectOf = (lab: Lab) =>
    curriculum.projects.find((project) => project.id === lab.project) ??
    curriculum.projects.find((project) => !carried.has(project.id) && project.labs.includes(lab.id));
  for (const lab of labs) {
    const project = projectOf(lab);
    if (project) carried.add(project.id);
    add({
      key: `lab:${lab.id}`,
      kind: 'lab',
      title: project ? `${lab.title} (project “${project.title}”, estimate ${estimate(project.weeks)})` : lab.title,
      path: `/labs/${lab.id}/`,
      phase: lab.phase,
      months: span(lab.months.start, lab.months.end),
      hours: project ? project.weeks.max * effort.projectHoursPerEstimatedWeek : effort.labHours,
    });
  }
  for (const project of curriculum.projects.filter((project) => !carried.has(project.id))) {
    const phase = selected.get(project.phase);
    if (!phase) continue;
    add({
      key: `project:${project.id}`,
      kind: 'project',
      title: `Project: ${project.title} (${project.language}, estimate ${estimate(project.weeks)})`,
      path: `/projects/#${project.id}`,
      phase: project.phase,
      months: span(Math.max(phase.months.start, phase.months.end - project.weeks.max * WEEK), phase.months.end),
      hours: project.weeks.max * effort.projectHoursPerEstimatedWeek,
    });
  }

  // Production-system studies.
  for (const study of curriculum.systemStudies) {
    add({
      key: `system:${study.id}`,
      kind: 'system',
      title: `${study.title}: source code and design decisions`,
      path: `/systems/#${study.id}`,
      phase: study.phase,
      months: span(study.months.start, study.months.end),
      hours: effort.systemStudyHours,
    });
  }

  // Papers: a paper a lab or system study needs is read when it starts ("Raft paper reading
  // first"), unless its own phase comes earlier; the rest are spread over their window.
  const phaseOrder = new Map(curriculum.phases.map((phase) => [phase.id, phase.order]));
  const anchors = [
    ...labs.flatMap((lab) => lab.readings.map((paper) => ({ paper, phase: lab.phase, at: lab.months.start }))),
    ...curriculum.systemStudies.map((study) => ({ paper: study.paper, phase: study.phase, at: study.months.start })),
  ].filter((anchor) => selected.has(anchor.phase));
  const windowed = new Map<string, Paper[]>();
  const windowOf = (paper: Paper) => roadmapTiming.readingWindows.find((window) => window.papers.includes(paper.id));
  for (const paper of curriculum.papers) {
    const anchor = anchors.filter((candidate) => candidate.paper === paper.id).sort((a, b) => a.at - b.at)[0];
    const ownSelected = selected.has(paper.phase);
    if (anchor && (!ownSelected || phaseOrder.get(anchor.phase)! <= phaseOrder.get(paper.phase)!)) {
      add(readingItem(paper, anchor.phase, span(anchor.at, anchor.at + effort.readingWeeks * WEEK)));
    } else if (ownSelected) {
      const key = windowOf(paper)?.title ?? paper.phase;
      windowed.set(key, [...(windowed.get(key) ?? []), paper]);
    }
  }
  for (const [key, papers] of windowed) {
    const months = roadmapTiming.readingWindows.find((window) => window.title === key)?.months ?? selected.get(key)!.months;
    spread(papers, months, 0).forEach(({ value: paper, at }) => add(readingItem(paper, paper.phase, span(at, at + effort.readingWeeks * WEEK))));
  }

  // Design problems in pairs, between the readings of their phase.
  for (const phase of phases) {
    const problems = curriculum.designProblems.filter((problem) => problem.phase === phase.id);
    spread(problems, phase.months, 0.5).forEach(({ value: problem, at }) =>
      add({
        key: `design:${problem.id}`,
        kind: 'design',
        title: `Design problem (in pairs): ${problem.title}`,
        path: `/design-problems/#${problem.id}`,
        phase: problem.phase,
        months: span(at, at + WEEK),
        hours: effort.designProblemHours,
      }),
    );
  }

  // The first open-source contribution.
  const openSourcePhase = curriculum.openSource[0]?.phase;
  if (openSourcePhase) {
    add({
      key: 'open-source:first-contribution',
      kind: 'open-source',
      title: `Open-source contribution: ${curriculum.openSource.map((project) => project.title).join(', ')}`,
      path: '/open-source/',
      phase: openSourcePhase,
      months: span(roadmapTiming.openSource.start, roadmapTiming.openSource.end),
      hours: effort.openSourceHours,
    });
  }

  // Success criteria: a lab's at its last week, a phase's at the phase's last week.
  const labById = new Map(curriculum.labs.map((lab) => [lab.id, lab]));
  for (const criterion of curriculum.criteria) {
    const lab = criterion.lab ? labById.get(criterion.lab) : undefined;
    const end = lab ? lab.months.end : selected.get(criterion.phase)?.months.end;
    if (end === undefined) continue;
    add({
      key: `criterion:${criterion.id}`,
      kind: 'checkpoint',
      title: `Check: ${criterion.text}`,
      path: `/criteria/#criterion-${criterion.id}`,
      phase: lab ? lab.phase : criterion.phase,
      // A moment, not a stretch: the check falls in the last week at any pace.
      months: span(end - 1e-6, end),
      hours: effort.criterionHours,
    });
  }

  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.months.start - b.item.months.start || a.index - b.index)
    .map(({ item }) => item);
  return { phases, items: sorted };
}

function readingItem(paper: Paper, phase: string, months: MonthSpan): PlannedItem {
  const rating = paper.difficulty ? `, ${paper.difficulty.toLowerCase()}` : '';
  return {
    key: `paper:${paper.id}`,
    kind: 'reading',
    title: `Read “${paper.title}” (${paper.shortName}, ${paper.year}${rating})`,
    path: `/papers/${paper.id}/`,
    phase,
    months,
    hours: hoursOfPaper(paper),
  };
}

const estimate = (weeks: { min: number; max: number }) =>
  weeks.min === weeks.max ? `${weeks.min} week${weeks.min === 1 ? '' : 's'}` : `${weeks.min}–${weeks.max} weeks`;

/** Evenly spaced start points for `values` across `months`; `shift` 0.5 puts them mid-slot. */
function spread<T>(values: readonly T[], months: MonthSpan, shift: number): { value: T; at: number }[] {
  const slot = (months.end - months.start) / Math.max(1, values.length);
  return values.map((value, index) => ({ value, at: months.start + (index + shift) * slot }));
}

// --- Dates ---------------------------------------------------------------------------------

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

/** Plans and dates in one step. */
export function buildSchedule(curriculum: ScheduleCurriculum, options: ScheduleOptions): Schedule {
  return layoutSchedule(planSchedule(curriculum, options.phases), options);
}

/** The weeks of one phase grouped by roadmap month, for a table per month. */
export function monthsOf(schedule: Schedule, phaseId: string): { month: number; weeks: ScheduleWeek[] }[] {
  const groups = Map.groupBy(
    schedule.weeks.filter((week) => week.phase === phaseId),
    (week) => week.month,
  );
  return [...groups].map(([month, weeks]) => ({ month, weeks }));
}
