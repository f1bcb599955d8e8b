/**
 * The study plan: every item of the chosen phases placed on the roadmap's own timeline, in
 * roadmap months (DDIA weeks 1–4 in month 1, Lab 1 in month 2, ...), with its hours from
 * assumptions.ts. Papers follow the site's one reading order (readings.ts); labs and projects
 * run one at a time; each design problem takes two meetings (design in pairs, then critique).
 * The plan knows no dates and no pace, so the /schedule/ page can embed it and date it again in
 * the browser (layout.ts).
 */
import type { Curriculum, Lab } from '../curriculum.ts';
import { routes } from '../routes.ts';
import { effort, pace, paperHours, roadmapTiming, type MonthSpan } from './assumptions.ts';
import { READING_GAP, readingTimeline } from './readings.ts';

export type ItemKind = 'reading' | 'chapters' | 'study' | 'lab' | 'project' | 'system' | 'design' | 'critique' | 'open-source' | 'checkpoint' | 'review';

/** One thing to read or do, placed on the roadmap's timeline. */
export interface PlannedItem {
  /** Stable across builds and start dates, and the key its "done" box ticks: `paper:raft`, `book:ddia:week-1`. */
  key: string;
  kind: ItemKind;
  /** What to read or do, as one line. */
  title: string;
  /** A few words for a meeting's name: `Raft`, `Lab 2`, `DDIA ch. 1–3`. */
  label: string;
  /** Site-relative page with the details: `/papers/raft/`. */
  path?: string;
  /** Phase (id) whose weeks the item falls in. */
  phase: string;
  /** Where on the roadmap's timeline, in months from its start. */
  months: MonthSpan;
  /** Estimated hours for the whole item. */
  hours: number;
  /** Why the item is where it is, when the plan moved it from the roadmap's placement. */
  note?: string;
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

type Draft = Omit<PlannedItem, 'phase'> & { phase?: string };

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

/** `Lab 2: Raft Consensus (2A/2B)` -> `Lab 2`; titles without a colon stay whole. */
const shortTitle = (title: string) => title.split(':')[0]!.trim();

/** Evenly spaced start points for `values` across `months`; `shift` 0.5 puts them mid-slot. */
function spread<T>(values: readonly T[], months: MonthSpan, shift: number): { value: T; at: number }[] {
  const slot = (months.end - months.start) / Math.max(1, values.length);
  return values.map((value, index) => ({ value, at: months.start + (index + shift) * slot }));
}

/** Books with a weekly schedule (DDIA weeks 1–4) and chapter blocks tied to a month. */
function planBooks(curriculum: Curriculum): Draft[] {
  return curriculum.books.flatMap((book) => {
    const from = book.months?.start ?? curriculum.byId.phases.get(book.phase)?.months.start ?? 0;
    const weeks = book.readingWeeks.map((week): Draft => {
      const review = week.chapters.length === 0;
      return {
        key: `book:${book.id}:week-${week.week}`,
        kind: 'chapters',
        title: review ? `${book.shortName} review: ${week.topics}` : `${book.shortName} ch. ${chapterList(week.chapters)}: ${week.topics}`,
        label: review ? `${book.shortName} review` : `${book.shortName} ch. ${chapterList(week.chapters)}`,
        path: routes.book(book.id),
        months: span(from + (week.week - 1) * WEEK, from + week.week * WEEK),
        hours: review ? effort.reviewHours : week.chapters.length * effort.chapterHours,
      };
    });
    const blocks = book.chapterAssignments.map((block): Draft => ({
      key: `book:${book.id}:ch-${block.chapters.join('-')}`,
      kind: 'chapters',
      title: `${book.shortName} ch. ${chapterList(block.chapters)}: ${block.topics}`,
      label: `${book.shortName} ch. ${chapterList(block.chapters)}`,
      path: routes.book(book.id),
      months: span(block.month - 1, block.month),
      hours: block.chapters.length * effort.chapterHours,
      ...(block.note ? { note: block.note } : {}),
    }));
    return [...weeks, ...blocks];
  });
}

/** Self-study topics of a month, one after another through it. */
function planStudyTopics(curriculum: Curriculum): Draft[] {
  const topicsByMonth = Map.groupBy(curriculum.studyTopics, (topic) => `${topic.phase}:${topic.month}`);
  return [...topicsByMonth.values()].flatMap((topics) =>
    topics.map((topic, index): Draft => {
      const length = 1 / topics.length;
      return {
        key: `topic:${topic.id}`,
        kind: 'study',
        title: `Study ${topic.title}: ${topic.keyConcepts.join(', ')}`,
        label: topic.title,
        path: routes.phase(topic.phase),
        months: span(topic.month - 1 + index * length, topic.month - 1 + (index + 1) * length),
        hours: effort.studyTopicHours,
      };
    }),
  );
}

/**
 * Labs, each with the project it carries, and the projects no lab carries (each runs through the
 * rest of its phase as the phase's capstone). One at a time: labs whose months overlap share them, one after another, each for a
 * share as long as its own months ("Month 3: Lab 2, then Lab 3").
 */
function planLabsAndProjects(curriculum: Curriculum): Draft[] {
  const carried = new Set(curriculum.labs.flatMap((lab) => (lab.project ? [lab.project] : [])));
  const projectOf = (lab: Lab) =>
    curriculum.projects.find((project) => project.id === lab.project) ??
    curriculum.projects.find((project) => !carried.has(project.id) && project.labs.includes(lab.id));
  const labs = [...curriculum.labs].sort((a, b) => a.months.start - b.months.start || a.order - b.order).map((lab): Draft => {
    const project = projectOf(lab);
    if (project) carried.add(project.id);
    return {
      key: `lab:${lab.id}`,
      kind: 'lab',
      title: project ? `${lab.title} (project “${project.title}”, estimate ${estimate(project.weeks)})` : lab.title,
      label: shortTitle(lab.title),
      path: routes.lab(lab.id),
      months: span(lab.months.start, lab.months.end),
      hours: project ? project.weeks.max * effort.projectHoursPerEstimatedWeek : effort.labHours,
    };
  });
  const projects = curriculum.projects
    .filter((project) => !carried.has(project.id))
    .flatMap((project): Draft[] => {
      const phase = curriculum.byId.phases.get(project.phase);
      if (!phase) return [];
      // The phase's capstone: its estimated weeks of work spread from the phase's second month to
      // its end, so every meeting has a check-in on it between the readings and design problems.
      const start = Math.min(phase.months.start + 1, phase.months.end - project.weeks.max * WEEK);
      return [{
        key: `project:${project.id}`,
        kind: 'project',
        title: `Project: ${project.title} (${project.language}, estimate ${estimate(project.weeks)})`,
        label: `Project: ${shortTitle(project.title)}`,
        path: routes.project(project.id),
        months: span(Math.max(phase.months.start, start), phase.months.end),
        hours: project.weeks.max * effort.projectHoursPerEstimatedWeek,
        note: `The phase's capstone: the roadmap's ${estimate(project.weeks)} of work, spread over the rest of the phase with a check-in at each meeting.`,
      }];
    });
  return oneAtATime([...labs, ...projects].sort((a, b) => a.months.start - b.months.start));
}

/** Runs overlapping items one after another within the months they share. */
function oneAtATime(items: readonly Draft[]): Draft[] {
  const clusters: Draft[][] = [];
  for (const item of items) {
    const last = clusters[clusters.length - 1];
    if (last && item.months.start < Math.max(...last.map((other) => other.months.end)) - 1e-9) last.push(item);
    else clusters.push([item]);
  }
  return clusters.flatMap((cluster) => {
    if (cluster.length === 1) return cluster;
    const start = Math.min(...cluster.map((item) => item.months.start));
    const end = Math.max(...cluster.map((item) => item.months.end));
    const total = cluster.reduce((sum, item) => sum + (item.months.end - item.months.start), 0);
    let at = start;
    return cluster.map((item, index) => {
      const length = ((item.months.end - item.months.start) / total) * (end - start);
      const placed = { ...item, months: span(at, at + length) };
      at += length;
      return index === 0 ? placed : { ...placed, note: `One lab at a time: after ${cluster[index - 1]!.label}, in the months the roadmap gives both.` };
    });
  });
}

/** Production-system studies. */
function planSystemStudies(curriculum: Curriculum): Draft[] {
  return curriculum.systemStudies.map((study) => ({
    key: `system:${study.id}`,
    kind: 'system',
    title: `${study.title}: source code and design decisions`,
    label: /internals/i.test(study.title) ? study.title.replace(/^Apache /, '') : `${study.title.split('—')[0]!.trim()} internals`,
    path: routes.systemStudy(study.id),
    months: span(study.months.start, study.months.end),
    hours: effort.systemStudyHours,
  }));
}

/** Papers, in the reading order, when readings.ts says. */
function planReadings(curriculum: Curriculum): Draft[] {
  return readingTimeline(curriculum).map(({ paper, at, note }) => {
    const rating = paper.difficulty ? `, ${paper.difficulty.toLowerCase()}` : '';
    return {
      key: `paper:${paper.id}`,
      kind: 'reading',
      title: `Read “${paper.title}” (${paper.shortName}, ${paper.year}${rating})`,
      label: paper.shortName,
      path: routes.paper(paper.id),
      months: span(at, at + READING_GAP),
      hours: paper.difficulty ? paperHours[paper.difficulty] : effort.unratedPaperHours,
      ...(note ? { note } : {}),
    };
  });
}

/** Design problems, spread through their phase: designed in pairs, then each critiques the other's design a week later. */
function planDesignProblems(curriculum: Curriculum): Draft[] {
  return curriculum.phases.flatMap((phase) =>
    spread(curriculum.designProblems.filter((problem) => problem.phase === phase.id), phase.months, 0.25).flatMap(({ value: problem, at }): Draft[] => {
      const name = problem.title.replace(/^Design (a |an )?/, '');
      return [
        { key: `design:${problem.id}`, kind: 'design', title: `Design problem, in pairs: ${problem.title}`, label: `Design: ${name}`, path: routes.designProblem(problem.id), months: span(at, at + WEEK), hours: effort.designProblemHours / 2 },
        { key: `design:${problem.id}:critique`, kind: 'critique', title: `Critique your partner’s design: ${problem.title}`, label: `Critique: ${name}`, path: routes.designProblem(problem.id), months: span(at + WEEK, at + 2 * WEEK), hours: effort.designProblemHours / 2 },
      ];
    }),
  );
}

/** The first open-source contribution. */
function planOpenSource(curriculum: Curriculum): Draft[] {
  if (!curriculum.openSource.length) return [];
  return [{
    key: 'open-source:first-contribution',
    kind: 'open-source',
    title: `Open-source contribution: ${curriculum.openSource.map((project) => project.title).join(', ')}`,
    label: 'Open-source contribution',
    path: routes.openSource,
    months: span(roadmapTiming.openSource.start, roadmapTiming.openSource.end),
    hours: effort.openSourceHours,
  }];
}

/** Success criteria: a lab's in its last week, a phase's in the phase's last week. */
function planCriteria(curriculum: Curriculum, labEnds: Map<string, number>): Draft[] {
  return curriculum.criteria.flatMap((criterion): Draft[] => {
    const end = criterion.lab ? labEnds.get(`lab:${criterion.lab}`) : curriculum.byId.phases.get(criterion.phase)?.months.end;
    if (end === undefined) return [];
    return [{
      key: `criterion:${criterion.id}`,
      kind: 'checkpoint',
      title: `Check: ${criterion.text}`,
      label: 'Success criteria',
      path: routes.criterion(criterion.id),
      // A moment, not a stretch: the check falls in the last week at any pace.
      months: span(end - 1e-6, end),
      hours: effort.criterionHours,
    }];
  });
}

/** The phase whose months hold `at` (the last phase holds its own end). */
function phaseAt(phases: readonly PlanPhase[], at: number): PlanPhase | undefined {
  return phases.find((phase, index) => at >= phase.months.start - 1e-9 && (at < phase.months.end - 1e-9 || index === phases.length - 1));
}

/** Places every item of the chosen phases (all phases when `phaseIds` is omitted) on the roadmap's timeline. */
export function planSchedule(curriculum: Curriculum, phaseIds?: readonly string[]): SchedulePlan {
  const all = curriculum.phases.map(({ id, title, order, months }) => ({ id, title, order, months: span(months.start, months.end) }));
  const labs = planLabsAndProjects(curriculum);
  const drafts = [
    ...planBooks(curriculum),
    ...planStudyTopics(curriculum),
    ...labs,
    ...planSystemStudies(curriculum),
    ...planReadings(curriculum),
    ...planDesignProblems(curriculum),
    ...planOpenSource(curriculum),
    ...planCriteria(curriculum, new Map(labs.map((lab) => [lab.key, lab.months.end]))),
  ];
  const phases = all.filter((phase) => !phaseIds || phaseIds.includes(phase.id));
  const items = drafts
    .map((draft) => ({ ...draft, phase: phaseAt(all, draft.months.start)?.id ?? '' }))
    .filter((item) => phases.some((phase) => phase.id === item.phase));
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.months.start - b.item.months.start || a.index - b.index)
    .map(({ item }) => item);
  return { phases, items: sorted };
}
