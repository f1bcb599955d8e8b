/**
 * The study group's progress at a glance (/progress/group/): several members' exported progress
 * files side by side. Pure functions only; the page embeds the curriculum's columns and the plan's
 * weeks, and src/scripts/group-progress.ts reads the files and draws the tables.
 */
import type { Curriculum } from './curriculum.ts';
import { itemKey, type Progress } from './progress.ts';
import { routes } from './routes.ts';
import type { ScheduleWeek } from './schedule/types.ts';

/** One column of a phase's matrix. */
export interface GroupItem {
  /** The progress key: `paper:raft`, `criterion:core-explain-flp`, ... */
  key: string;
  /** The column header: a paper's short name, `Criterion 2`, a lab's or project's title. */
  short: string;
  /** The full title (a criterion's text), for a tooltip and the lists. */
  title: string;
  /** The item's page on this site, already under the base path. */
  url: string;
}

export interface GroupPhase {
  id: string;
  order: number;
  title: string;
  items: GroupItem[];
}

/** One study week of the plan, as far as "who is behind" needs it. */
export interface GroupWeek {
  number: number;
  /** Last day of the week, `YYYY-MM-DD`. */
  end: string;
  /** The progress keys of the week's items. */
  keys: string[];
}

/** The dated plan's weeks as "who is behind" reads them, and each planned item's title by key. */
export function groupPlan(weeks: readonly ScheduleWeek[]): { weeks: GroupWeek[]; titles: Record<string, string> } {
  return {
    weeks: weeks.map((week) => ({ number: week.number, end: week.end, keys: week.items.map((item) => item.key) })),
    titles: Object.fromEntries(weeks.flatMap((week) => week.items.map((item) => [item.key, item.title]))),
  };
}

/** What the page embeds for its script (`<script type="application/json" id="group-data">`). */
export interface GroupPageData {
  phases: GroupPhase[];
  weeks: GroupWeek[];
  /** Each planned item's title, by progress key. */
  titles: Record<string, string>;
}

/** One loaded file: its row name and what it ticks. */
export interface Member {
  name: string;
  progress: Progress;
}

/**
 * Each phase's columns, in the order the phase's progress bar counts them
 * (components/PhaseProgress.astro): papers, criteria, labs, projects.
 */
export function groupPhases(curriculum: Curriculum, href: (path: string) => string): GroupPhase[] {
  // Not curriculum.ts's inPhase: importing it would bring the content schemas into the page's script.
  const inPhase = <T extends { phase: string }>(items: readonly T[], phaseId: string) => items.filter((entry) => entry.phase === phaseId);
  return curriculum.phases.map((phase) => ({
    id: phase.id,
    order: phase.order,
    title: phase.title,
    items: [
      ...inPhase(curriculum.papers, phase.id).map((paper) => ({ key: itemKey('paper', paper.id), short: paper.shortName, title: paper.title, url: href(routes.paper(paper.id)) })),
      ...inPhase(curriculum.criteria, phase.id).map((criterion, index) => ({ key: itemKey('criterion', criterion.id), short: `Criterion ${index + 1}`, title: criterion.text, url: href(routes.criterion(criterion.id)) })),
      ...inPhase(curriculum.labs, phase.id).map((lab) => ({ key: itemKey('lab', lab.id), short: lab.title, title: lab.title, url: href(routes.lab(lab.id)) })),
      ...inPhase(curriculum.projects, phase.id).map((project) => ({ key: itemKey('project', project.id), short: `Project: ${project.title}`, title: `Project: ${project.title}`, url: href(routes.project(project.id)) })),
    ],
  }));
}

export interface MatrixRow {
  name: string;
  /** One per column: ticked or not. */
  ticks: boolean[];
  done: number;
  total: number;
}

/** A member x item matrix per phase; keys a file has that no column has are left out. */
export function groupMatrix(phases: readonly GroupPhase[], members: readonly Member[]): { phase: GroupPhase; rows: MatrixRow[] }[] {
  return phases.map((phase) => ({
    phase,
    rows: members.map(({ name, progress }) => {
      const ticks = phase.items.map((item) => Object.hasOwn(progress, item.key));
      return { name, ticks, done: ticks.filter(Boolean).length, total: ticks.length };
    }),
  }));
}

/**
 * What the plan expects done before `today` (`YYYY-MM-DD`), in plan order, each key once: the items
 * of every week that has ended. An item spread over several weeks (a lab in parts) is due once
 * its last week has ended, not after its first part.
 */
export function dueKeys(weeks: readonly GroupWeek[], today: string): string[] {
  const lastEnd = new Map<string, string>();
  for (const week of weeks) for (const key of week.keys) if (week.end > (lastEnd.get(key) ?? '')) lastEnd.set(key, week.end);
  const due = new Set<string>();
  for (const week of [...weeks].sort((a, b) => a.number - b.number)) for (const key of week.keys) if (lastEnd.get(key)! < today) due.add(key);
  return [...due];
}

/** Members who have not ticked every due item, each with the due items they miss (in plan order); members in file order. */
export function behind(members: readonly Member[], due: readonly string[]): { name: string; missing: string[] }[] {
  return members.map(({ name, progress }) => ({ name, missing: due.filter((key) => !Object.hasOwn(progress, key)) })).filter((member) => member.missing.length > 0);
}

/** The items (papers, say) that no member has ticked, in the given order; all of them when no file is loaded. */
export function unreadByAll<T extends { key: string }>(items: readonly T[], members: readonly Member[]): T[] {
  return items.filter((item) => members.every(({ progress }) => !Object.hasOwn(progress, item.key)));
}

/** Row names from file names: `ana.json` -> `ana`; a name already taken gets ` (2)`, ` (3)`, ... */
export function memberName(fileName: string, taken: readonly string[]): string {
  const base = fileName.replace(/\.json$/i, '') || fileName;
  if (!taken.includes(base)) return base;
  let count = 2;
  while (taken.includes(`${base} (${count})`)) count++;
  return `${base} (${count})`;
}

/** Files larger than this are refused before they are read: a progress export of every item is a few KB. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Why a file is refused before it is read, or `undefined` when its size is fine. */
export function sizeRefusal(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `This file is ${(bytes / MAX_FILE_BYTES).toFixed(1)} MB; a progress export is a few KB, so files over 1 MB are not read. Nothing was changed.`;
}
