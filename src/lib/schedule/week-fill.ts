/**
 * The finishing touches on dated weeks:
 * - hours: work that spans several weeks (a lab, a chapter block) puts its hours where the
 *   weeks are lightest, half an hour at a time, at least half an hour in each of its weeks, so
 *   the weekly totals are as even as the fixed work allows;
 * - no empty meetings: a week with nothing new gets a meeting with a purpose, drawn from what the
 *   group did just before (a second look at the latest paper, a lab check-in, a design revisited)
 *   or, failing that, a catch-up on the phase's success criteria;
 * - a name for each meeting: `Raft + Lab 2 kick-off`.
 */
import { routes } from '../routes.ts';
import type { ScheduledItem, ScheduleWeek } from './types.ts';

const STEP = 0.5;
/** A review meeting's hours: a second look or a check-in, not new work. */
export const REVIEW_HOURS = 2;

/** Spreads each multi-week item's `hours` over its weeks, lightest week first. */
function evenHours(weeks: readonly ScheduleWeek[], totals: ReadonlyMap<string, number>): void {
  const load = weeks.map((week) => week.items.filter((item) => !item.part).reduce((sum, item) => sum + item.hours, 0));
  const spread = Map.groupBy(
    weeks.flatMap((week, index) => week.items.filter((item) => item.part).map((item) => ({ item, index }))),
    ({ item }) => item.key,
  );
  for (const [key, parts] of spread) {
    for (const { item, index } of parts) {
      item.hours = STEP;
      load[index]! += STEP;
    }
    let left = Math.round(((totals.get(key) ?? 0) - parts.length * STEP) / STEP);
    while (left-- > 0) {
      const lightest = parts.reduce((best, part) => (load[part.index]! < load[best.index]! ? part : best));
      lightest.item.hours += STEP;
      load[lightest.index]! += STEP;
    }
  }
}

const REVISITABLE = new Set(['reading', 'lab', 'project', 'design', 'critique', 'system']);

/** A purposeful meeting about something the group did before. */
function reviewOf(item: ScheduledItem): ScheduledItem {
  const base = { key: `review:${item.key}`, kind: 'review' as const, hours: REVIEW_HOURS, ...(item.path ? { path: item.path } : {}) };
  switch (item.kind) {
    case 'reading':
      return { ...base, label: `${item.label}, second look`, title: `Second look at ${item.label}: answer the guide’s discussion prompts, try its exercise, or reread the section the group found hardest` };
    case 'design':
    case 'critique':
      return { ...base, key: `review:${item.key.replace(/:critique$/, '')}`, label: `Revisit: ${item.label.replace(/^\w+: /, '')}`, title: `Revisit ${item.label.replace(/^\w+: /, '')}: each pair presents the design again, changed after the critique` };
    case 'system':
      return { ...base, label: `${item.label}: findings`, title: `${item.label}: each member shows one thing found in the source and the design decision behind it` };
    default:
      return { ...base, label: `${item.label} check-in`, title: `${item.label} check-in: run the tests again, compare the bugs you hit and how you fixed them` };
  }
}

/** How far back a review looks first: the group's last few meetings. */
const RECENT_WEEKS = 8;

/** A meeting that works towards one of the phase's success criteria. */
function practiceOf(criterion: ScheduledItem): ScheduledItem {
  const goal = criterion.title.replace(/^Check: /, '');
  return {
    key: `review:${criterion.key}`,
    kind: 'review',
    label: 'Success-criterion practice',
    title: `Work towards a success criterion of this phase together: ${goal}`,
    ...(criterion.path ? { path: criterion.path } : {}),
    hours: REVIEW_HOURS,
  };
}

/** A week whose items all go on from earlier weeks: a meeting with nothing new to talk about. */
const continuesOnly = (week: ScheduleWeek) => week.items.length > 0 && week.items.every((item) => item.part && item.part.index > 1);

/**
 * Gives every week without items a meeting with a purpose, from its own phase: a second look at
 * what the group did in the last few meetings, else practice towards one of the phase's success
 * criteria (in turn), else a second look at something older of the phase, else a catch-up. A
 * week that only goes on with longer work (a lab's third week) gets such a second look too, when
 * there is a recent one to take.
 */
function fillEmptyWeeks(weeks: readonly ScheduleWeek[]): void {
  const reviewed = new Set<string>();
  const criteria = Map.groupBy(
    weeks.flatMap((week) => week.items.filter((item) => item.kind === 'checkpoint').map((item) => ({ phase: week.phase, item }))),
    ({ phase }) => phase,
  );
  const practised = new Map<string, number>();
  weeks.forEach((week, index) => {
    if (week.items.length && !continuesOnly(week)) return;
    const samePhase = weeks.slice(0, index).filter((other) => other.phase === week.phase);
    const ongoing = new Set(week.items.map((item) => item.key));
    const unreviewed = (from: readonly ScheduleWeek[]) =>
      [...from].reverse().flatMap((other) => other.items).find((item) => REVISITABLE.has(item.kind) && !ongoing.has(item.key) && !reviewed.has(reviewOf(item).key));
    const recent = unreviewed(samePhase.slice(-RECENT_WEEKS));
    const goals = criteria.get(week.phase) ?? [];
    const turn = practised.get(week.phase) ?? 0;
    let item: ScheduledItem | undefined;
    if (recent) item = reviewOf(recent);
    else if (week.items.length) return;
    else if (turn < goals.length) {
      item = practiceOf(goals[turn]!.item);
      practised.set(week.phase, turn + 1);
    } else {
      const older = unreviewed(samePhase);
      if (older) item = reviewOf(older);
    }
    if (item) {
      reviewed.add(item.key);
      week.items.push(item);
      return;
    }
    week.items.push({
      key: `review:phase:${week.phase}:week-${week.number}`,
      kind: 'review',
      label: 'Catch-up',
      title: 'Catch-up: finish what is open, and go through this phase’s success criteria together',
      path: routes.phase(week.phase),
      hours: REVIEW_HOURS,
    });
  });
}

const LABEL_ORDER: Record<string, number> = { reading: 0, critique: 1, design: 2, review: 3, chapters: 4, study: 5, 'open-source': 6, system: 7, lab: 8, project: 8, checkpoint: 9 };

/** The meeting's name: its readings first, then the rest, at most three parts. */
export function weekLabel(items: readonly ScheduledItem[]): string {
  const parts = [...items]
    .sort((a, b) => (LABEL_ORDER[a.kind] ?? 9) - (LABEL_ORDER[b.kind] ?? 9))
    .map((item) => {
      if ((item.kind === 'lab' || item.kind === 'project') && item.part) return item.part.index === 1 ? `${item.label} kick-off` : `${item.label} check-in`;
      return item.label;
    });
  return [...new Set(parts)].slice(0, 3).join(' + ');
}

export function fillWeeks(weeks: readonly ScheduleWeek[], totals: ReadonlyMap<string, number>): void {
  evenHours(weeks, totals);
  fillEmptyWeeks(weeks);
  for (const week of weeks) {
    week.hours = week.items.reduce((sum, item) => sum + item.hours, 0);
    week.label = weekLabel(week.items);
  }
}
