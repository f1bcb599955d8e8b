/**
 * The study plan: every item of the chosen phases placed on the roadmap's own timeline, in
 * roadmap months (DDIA weeks 1–4 in month 1, Lab 1 in month 2, the Phase 2 papers across months
 * 3–9, ...), with its hours from assumptions.ts. The plan knows no dates and no pace, so the
 * /schedule/ page can embed it and date it again in the browser (layout.ts).
 */
import type { Curriculum, Lab, Paper } from '../curriculum.ts';
import { routes } from '../routes.ts';
import { effort, pace, paperHours, roadmapTiming, type MonthSpan } from './assumptions.ts';

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


const WEEK = 1 / pace.weeksPerMonth;
const span = (start: number, end: number): MonthSpan => ({ start, end });

/** `[1, 2, 3]` -> `1–3`, `[4]` -> `4`, `[10, 12]` -> `10, 12`. */
export function chapterList(chapters: readonly number[]): string {
  const consecutive = chapters.every((chapter, index) => index === 0 || chapter === chapters[index - 1]! + 1);
  if (chapters.length > 1 && consecutive) return `${chapters[0]}–${chapters[chapters.length - 1]}`;
  return chapters.join(', ');
}

const estimate = (weeks: { min: number; max: number }) =>
  weeks.min === weeks.max ? `${weeks.min} week${weeks.min === 1 ? '' : 's'}` : `${weeks.min}–${weeks.max} weeks`;

/** Evenly spaced start points for `values` across `months`; `shift` 0.5 puts them mid-slot. */
function spread<T>(values: readonly T[], months: MonthSpan, shift: number): { value: T; at: number }[] {
  const slot = (months.end - months.start) / Math.max(1, values.length);
  return values.map((value, index) => ({ value, at: months.start + (index + shift) * slot }));
}

/** What every planner gets: the curriculum and the chosen phases. */
interface Planning {
  curriculum: Curriculum;
  selected: Map<string, PlanPhase>;
}

/** Books with a weekly schedule (DDIA weeks 1–4) and chapter blocks tied to a month. */
function planBooks({ curriculum, selected }: Planning): PlannedItem[] {
  return curriculum.books.flatMap((book) => {
    const from = book.months?.start ?? selected.get(book.phase)?.months.start ?? 0;
    const weeks = book.readingWeeks.map((week): PlannedItem => {
      const review = week.chapters.length === 0;
      return {
        key: `book:${book.id}:week-${week.week}`,
        kind: 'chapters',
        title: review ? `${book.shortName} review: ${week.topics}` : `${book.shortName} ch. ${chapterList(week.chapters)}: ${week.topics}`,
        path: routes.book(book.id),
        phase: book.phase,
        months: span(from + (week.week - 1) * WEEK, from + week.week * WEEK),
        hours: review ? effort.reviewHours : week.chapters.length * effort.chapterHours,
      };
    });
    const blocks = book.chapterAssignments.map((block): PlannedItem => ({
      key: `book:${book.id}:ch-${block.chapters.join('-')}`,
      kind: 'chapters',
      title: `${book.shortName} ch. ${chapterList(block.chapters)}: ${block.topics}`,
      path: routes.book(book.id),
      phase: book.phase,
      months: span(block.month - 1, block.month),
      hours: block.chapters.length * effort.chapterHours,
    }));
    return [...weeks, ...blocks];
  });
}

/** Self-study topics of a month, one after another through it. */
function planStudyTopics({ curriculum }: Planning): PlannedItem[] {
  const topicsByMonth = Map.groupBy(curriculum.studyTopics, (topic) => `${topic.phase}:${topic.month}`);
  return [...topicsByMonth.values()].flatMap((topics) =>
    topics.map((topic, index): PlannedItem => {
      const length = 1 / topics.length;
      return {
        key: `topic:${topic.id}`,
        kind: 'study',
        title: `Study ${topic.title}: ${topic.keyConcepts.join(', ')}`,
        path: routes.phase(topic.phase),
        phase: topic.phase,
        months: span(topic.month - 1 + index * length, topic.month - 1 + (index + 1) * length),
        hours: effort.studyTopicHours,
      };
    }),
  );
}

/** Labs in the order the roadmap runs them. */
const labsByStart = (curriculum: Curriculum) => [...curriculum.labs].sort((a, b) => a.months.start - b.months.start || a.order - b.order);

/** Labs, with the project they carry; a project no lab carries closes its phase. */
function planLabsAndProjects({ curriculum, selected }: Planning): PlannedItem[] {
  const carried = new Set(curriculum.labs.flatMap((lab) => (lab.project ? [lab.project] : [])));
  const projectOf = (lab: Lab) =>
    curriculum.projects.find((project) => project.id === lab.project) ??
    curriculum.projects.find((project) => !carried.has(project.id) && project.labs.includes(lab.id));
  const labs = labsByStart(curriculum).map((lab): PlannedItem => {
    const project = projectOf(lab);
    if (project) carried.add(project.id);
    return {
      key: `lab:${lab.id}`,
      kind: 'lab',
      title: project ? `${lab.title} (project “${project.title}”, estimate ${estimate(project.weeks)})` : lab.title,
      path: routes.lab(lab.id),
      phase: lab.phase,
      months: span(lab.months.start, lab.months.end),
      hours: project ? project.weeks.max * effort.projectHoursPerEstimatedWeek : effort.labHours,
    };
  });
  const projects = curriculum.projects
    .filter((project) => !carried.has(project.id))
    .flatMap((project): PlannedItem[] => {
      const phase = selected.get(project.phase);
      if (!phase) return [];
      return [{
        key: `project:${project.id}`,
        kind: 'project',
        title: `Project: ${project.title} (${project.language}, estimate ${estimate(project.weeks)})`,
        path: routes.project(project.id),
        phase: project.phase,
        months: span(Math.max(phase.months.start, phase.months.end - project.weeks.max * WEEK), phase.months.end),
        hours: project.weeks.max * effort.projectHoursPerEstimatedWeek,
      }];
    });
  return [...labs, ...projects];
}

/** Production-system studies. */
function planSystemStudies({ curriculum }: Planning): PlannedItem[] {
  return curriculum.systemStudies.map((study) => ({
    key: `system:${study.id}`,
    kind: 'system',
    title: `${study.title}: source code and design decisions`,
    path: routes.systemStudy(study.id),
    phase: study.phase,
    months: span(study.months.start, study.months.end),
    hours: effort.systemStudyHours,
  }));
}

function readingItem(paper: Paper, phase: string, months: MonthSpan): PlannedItem {
  const rating = paper.difficulty ? `, ${paper.difficulty.toLowerCase()}` : '';
  return {
    key: `paper:${paper.id}`,
    kind: 'reading',
    title: `Read “${paper.title}” (${paper.shortName}, ${paper.year}${rating})`,
    path: routes.paper(paper.id),
    phase,
    months,
    hours: paper.difficulty ? paperHours[paper.difficulty] : effort.unratedPaperHours,
  };
}

/**
 * Papers: a paper a lab or system study needs is read when it starts ("Raft paper reading
 * first"), unless its own phase comes earlier; a paper in one of its phase's reading windows is
 * spread over that window; the rest are spread over their phase.
 */
function planReadings({ curriculum, selected }: Planning): PlannedItem[] {
  const phaseOrder = new Map(curriculum.phases.map((phase) => [phase.id, phase.order]));
  const windows = curriculum.phases.flatMap((phase) => phase.readingWindows);
  const anchors = [
    ...labsByStart(curriculum).flatMap((lab) => lab.readings.map((paper) => ({ paper, phase: lab.phase, at: lab.months.start }))),
    ...curriculum.systemStudies.map((study) => ({ paper: study.paper, phase: study.phase, at: study.months.start })),
  ].filter((anchor) => selected.has(anchor.phase));
  const items: PlannedItem[] = [];
  const windowed = new Map<string, Paper[]>();
  for (const paper of curriculum.papers) {
    const anchor = anchors.filter((candidate) => candidate.paper === paper.id).sort((a, b) => a.at - b.at)[0];
    const ownSelected = selected.has(paper.phase);
    if (anchor && (!ownSelected || phaseOrder.get(anchor.phase)! <= phaseOrder.get(paper.phase)!)) {
      items.push(readingItem(paper, anchor.phase, span(anchor.at, anchor.at + effort.readingWeeks * WEEK)));
    } else if (ownSelected) {
      const key = windows.find((window) => window.papers.includes(paper.id))?.title ?? paper.phase;
      windowed.set(key, [...(windowed.get(key) ?? []), paper]);
    }
  }
  for (const [key, papers] of windowed) {
    const months = windows.find((window) => window.title === key)?.months ?? selected.get(key)!.months;
    for (const { value: paper, at } of spread(papers, months, 0)) items.push(readingItem(paper, paper.phase, span(at, at + effort.readingWeeks * WEEK)));
  }
  return items;
}

/** Design problems in pairs, between the readings of their phase. */
function planDesignProblems({ curriculum, selected }: Planning): PlannedItem[] {
  return [...selected.values()].flatMap((phase) =>
    spread(curriculum.designProblems.filter((problem) => problem.phase === phase.id), phase.months, 0.5).map(({ value: problem, at }) => ({
      key: `design:${problem.id}`,
      kind: 'design' as const,
      title: `Design problem (in pairs): ${problem.title}`,
      path: routes.designProblem(problem.id),
      phase: problem.phase,
      months: span(at, at + WEEK),
      hours: effort.designProblemHours,
    })),
  );
}

/** The first open-source contribution. */
function planOpenSource({ curriculum }: Planning): PlannedItem[] {
  const phase = curriculum.openSource[0]?.phase;
  if (!phase) return [];
  return [{
    key: 'open-source:first-contribution',
    kind: 'open-source',
    title: `Open-source contribution: ${curriculum.openSource.map((project) => project.title).join(', ')}`,
    path: routes.openSource,
    phase,
    months: span(roadmapTiming.openSource.start, roadmapTiming.openSource.end),
    hours: effort.openSourceHours,
  }];
}

/** Success criteria: a lab's at its last week, a phase's at the phase's last week. */
function planCriteria({ curriculum, selected }: Planning): PlannedItem[] {
  const labById = new Map(curriculum.labs.map((lab) => [lab.id, lab]));
  return curriculum.criteria.flatMap((criterion): PlannedItem[] => {
    const lab = criterion.lab ? labById.get(criterion.lab) : undefined;
    const end = lab ? lab.months.end : selected.get(criterion.phase)?.months.end;
    if (end === undefined) return [];
    return [{
      key: `criterion:${criterion.id}`,
      kind: 'checkpoint',
      title: `Check: ${criterion.text}`,
      path: routes.criterion(criterion.id),
      phase: lab ? lab.phase : criterion.phase,
      // A moment, not a stretch: the check falls in the last week at any pace.
      months: span(end - 1e-6, end),
      hours: effort.criterionHours,
    }];
  });
}

/** The planners, in the order their items are listed when two start together. */
const planners = [planBooks, planStudyTopics, planLabsAndProjects, planSystemStudies, planReadings, planDesignProblems, planOpenSource, planCriteria];

/** Places every item of the chosen phases (all phases when `phaseIds` is omitted) on the roadmap's timeline. */
export function planSchedule(curriculum: Curriculum, phaseIds?: readonly string[]): SchedulePlan {
  const phases = curriculum.phases
    .filter((phase) => !phaseIds || phaseIds.includes(phase.id))
    .map(({ id, title, order, months }) => ({ id, title, order, months: { start: months.start, end: months.end } }));
  const planning: Planning = { curriculum, selected: new Map(phases.map((phase) => [phase.id, phase])) };
  const items = planners.flatMap((planner) => planner(planning)).filter((item) => planning.selected.has(item.phase));
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.months.start - b.item.months.start || a.index - b.index)
    .map(({ item }) => item);
  return { phases, items: sorted };
}
