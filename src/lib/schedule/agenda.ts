/**
 * A meeting's agenda, fitted to the meeting's length: check-in, the presentation of the week's
 * paper, discussion, lab or design work, next steps. At 90 minutes: 5, 20, 30, 25, 10. A part the
 * week has no use for (no paper to present, no lab or design work) gives its time to the
 * discussion. Minutes are rounded to five and add up to the meeting's length.
 */
import type { DesignPairs, Presentation } from './rota.ts';
import type { ScheduleWeek } from './types.ts';

export interface AgendaSlot {
  minutes: number;
  title: string;
}

/** The share of each part at the reference length, 90 minutes. */
const WEIGHTS = { checkIn: 5, presentation: 20, discussion: 30, work: 25, next: 10 } as const;

function workTitle(week: ScheduleWeek, pairs: DesignPairs | undefined): string | undefined {
  const critique = week.items.find((item) => item.kind === 'critique');
  if (critique) return `Critique: each pair critiques the next pair’s design of ${critique.label.replace(/^Critique: /, '')} with the rubric, then revises its own`;
  const design = week.items.find((item) => item.kind === 'design');
  if (design) return `Design in ${pairs ? `pairs (${pairs.pairs.map((pair) => pair.join(' and ')).join('; ')})` : 'pairs'}: ${design.label.replace(/^Design: /, '')}, down the worksheet`;
  const lab = week.items.find((item) => item.kind === 'lab' || item.kind === 'project');
  if (lab) return (lab.part?.index ?? 1) === 1 ? `${lab.label} kick-off: read the handout together, agree on a first milestone` : `${lab.label} check-in: run the tests, compare the bugs you hit and how you fixed them`;
  return undefined;
}

/** The agenda of `week`, with `next` the following meeting (for "next time"). */
export function meetingAgenda(week: ScheduleWeek, minutes: number, presentations: readonly Presentation[], pairs: DesignPairs | undefined, next: ScheduleWeek | undefined): AgendaSlot[] {
  const readings = week.items.filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1);
  const presenterOf = (key: string) => presentations.find((presentation) => presentation.key === key)?.presenter;
  const work = workTitle(week, pairs);
  const parts: Array<{ weight: number; title: string }> = [{ weight: WEIGHTS.checkIn, title: 'Check-in: what each member did since the last meeting, and what got in the way' }];
  let discussion = WEIGHTS.discussion;
  if (readings.length) {
    const who = readings.map((reading) => `${presenterOf(reading.key) ?? 'a volunteer'} presents ${reading.label}`).join('; ');
    parts.push({ weight: WEIGHTS.presentation, title: `Presentation: ${who} (the problem, the key idea, one figure)` });
  } else discussion += WEIGHTS.presentation;
  const discussionTitle = readings.length ? 'Discussion: everyone’s answer to the question, then the prompts' : `Discussion: ${week.label}`;
  if (!work) discussion += WEIGHTS.work;
  parts.push({ weight: discussion, title: discussionTitle });
  if (work) parts.push({ weight: WEIGHTS.work, title: work });
  parts.push({ weight: WEIGHTS.next, title: next ? `Next time (week ${next.number}): ${next.label}; who presents, what to prepare` : 'Wrap-up: what the group takes away from the roadmap' });

  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  const slots = parts.map((part) => ({ minutes: Math.max(5, Math.round((minutes * part.weight) / total / 5) * 5), title: part.title }));
  // Rounding to five minutes can miss the length by a few: the discussion takes up the difference.
  const off = minutes - slots.reduce((sum, slot) => sum + slot.minutes, 0);
  const longest = slots.reduce((best, slot, index) => (slot.minutes > slots[best]!.minutes ? index : best), 0);
  slots[longest]!.minutes += off;
  return slots;
}
