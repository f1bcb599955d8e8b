/**
 * When each paper is read: the site's one reading order (curriculum.papers), placed on the
 * roadmap's timeline. Three rules, in this order of strength:
 *
 * 1. Order: papers are read one after another in the reading order, at least a roadmap week
 *    apart, so the schedule, the reading-order page and "Next up" agree and no paper comes
 *    before its prerequisites (the reading order never does).
 * 2. Deadlines: a paper a lab or system study starts with ("Raft paper reading first") is read
 *    by the week it starts; every paper before it in the order is read earlier still.
 * 3. The roadmap's placement: otherwise a paper is read no earlier than its reading window
 *    ("Month 5–6: Storage System Papers") or its phase, spread evenly through it.
 *
 * A paper that rule 1 or 2 moves ahead of its roadmap placement says why, in a note: "Moved
 * forward from Phase 2: needed for Raft (Lab 2 starts with it)".
 */
import type { Curriculum, Paper, Phase } from '../curriculum.ts';
import type { MonthSpan } from './assumptions.ts';

/** One roadmap week, in months: the spacing of readings at the reference pace. */
export const READING_GAP = 0.25;

export interface ReadingSlot {
  paper: Paper;
  /** When it is read, in months on the roadmap's timeline. */
  at: number;
  /** Why it is read before the roadmap's own placement, if it is. */
  note?: string;
}

interface Placement {
  paper: Paper;
  /** The lab or system study that starts with this paper, and when. */
  anchor?: { at: number; title: string };
  /** Where the roadmap puts it when nothing moves it: its window, or its phase. */
  natural: MonthSpan;
  phase: Phase | undefined;
}

/** The earliest lab or system study that starts with each paper, in the paper's own phase or an earlier one. */
function anchors(curriculum: Curriculum): Map<string, { at: number; title: string }> {
  const phaseOrder = new Map(curriculum.phases.map((phase) => [phase.id, phase.order]));
  const found = new Map<string, { at: number; title: string }>();
  const consider = (paperId: string, phase: string, at: number, title: string) => {
    const paper = curriculum.byId.papers.get(paperId);
    if (!paper || (phaseOrder.get(phase) ?? 0) > (phaseOrder.get(paper.phase) ?? 0)) return;
    if (at < (found.get(paperId)?.at ?? Infinity)) found.set(paperId, { at, title });
  };
  for (const lab of curriculum.labs) for (const paper of lab.readings) consider(paper, lab.phase, lab.months.start, lab.title);
  for (const study of curriculum.systemStudies) consider(study.paper, study.phase, study.months.start, study.title);
  return found;
}

function placements(curriculum: Curriculum): Placement[] {
  const anchored = anchors(curriculum);
  const windows = curriculum.phases.flatMap((phase) => phase.readingWindows);
  return curriculum.papers.map((paper) => {
    const phase = curriculum.byId.phases.get(paper.phase);
    const anchor = anchored.get(paper.id);
    const window = windows.find((candidate) => candidate.papers.includes(paper.id));
    const natural = anchor ? { start: anchor.at, end: anchor.at } : (window?.months ?? phase?.months ?? { start: 0, end: 0 });
    return { paper, ...(anchor ? { anchor } : {}), natural, phase };
  });
}

/** Whether `paper` is `target` or one of its prerequisites, directly or not. */
function isNeededBy(curriculum: Curriculum, paper: string, target: string, seen = new Set<string>()): boolean {
  if (paper === target) return true;
  if (seen.has(target)) return false;
  seen.add(target);
  return (curriculum.byId.papers.get(target)?.prerequisites ?? []).some((next) => isNeededBy(curriculum, paper, next, seen));
}

export function readingTimeline(curriculum: Curriculum): ReadingSlot[] {
  const papers = placements(curriculum);
  // The latest each paper can be read (rule 2 with rule 1), and whose deadline that is.
  const firstAnchor = papers.findIndex((placement) => placement.anchor);
  const gap = firstAnchor < 0 ? READING_GAP : Math.min(READING_GAP, ...papers.flatMap((placement, index) => (placement.anchor ? [placement.anchor.at / Math.max(1, index)] : [])));
  const latest: number[] = new Array(papers.length).fill(Infinity);
  const forcedBy: Array<Placement | undefined> = new Array(papers.length);
  for (let index = papers.length - 1; index >= 0; index--) {
    const after = index + 1 < papers.length ? latest[index + 1]! - gap : Infinity;
    const own = papers[index]!.anchor?.at ?? Infinity;
    latest[index] = Math.min(own, after);
    forcedBy[index] = own <= after ? papers[index] : forcedBy[index + 1];
  }
  const moved = papers.map((placement, index) => latest[index]! < placement.natural.start - 1e-9);

  // Rule 3: papers that keep their roadmap placement are spread evenly through their window or phase.
  const target = new Map<string, number>();
  const groups = Map.groupBy(
    papers.filter((placement, index) => !moved[index] && !placement.anchor),
    (placement) => `${placement.natural.start}-${placement.natural.end}`,
  );
  for (const group of groups.values()) {
    const { start, end } = group[0]!.natural;
    group.forEach((placement, index) => target.set(placement.paper.id, start + (index * (end - start)) / group.length));
  }

  const slots: ReadingSlot[] = [];
  let previous = -Infinity;
  papers.forEach((placement, index) => {
    const wanted = moved[index] ? 0 : (placement.anchor?.at ?? target.get(placement.paper.id) ?? placement.natural.start);
    const at = Math.min(latest[index]!, Math.max(wanted, previous + gap, 0));
    previous = at;
    const bound = forcedBy[index];
    if (!moved[index] || !bound?.anchor) {
      slots.push({ paper: placement.paper, at });
      return;
    }
    // The clearest reason: a later paper with a deadline before this one's place that needs it; else the deadline that binds.
    const needing = papers.slice(index + 1).find((later) => later.anchor && later.anchor.at < placement.natural.start && isNeededBy(curriculum, placement.paper.id, later.paper.id));
    const forcer = needing ?? bound;
    const moving = placement.phase && at < placement.phase.months.start ? `Moved forward from Phase ${placement.phase.order}` : 'Moved forward';
    const why = needing ? `needed for ${forcer.paper.shortName}` : `the reading order puts it before ${forcer.paper.shortName}`;
    slots.push({ paper: placement.paper, at, note: `${moving}: ${why}, which is read as “${forcer.anchor!.title}” starts.` });
  });
  return slots;
}
