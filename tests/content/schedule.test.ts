/**
 * The schedule of the real curriculum: the invariants a study group relies on, at several
 * paces and phase choices, and the first weeks of the default group pinned.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Curriculum } from '../../src/lib/curriculum.ts';
import { layoutSchedule, monthsOf, type Schedule, type ScheduleOptions, type ScheduleWeek } from '../../src/lib/schedule/layout.ts';
import { planSchedule } from '../../src/lib/schedule/plan.ts';
import { loadCurriculum } from '../support/curriculum.ts';

let curriculum: Curriculum;
const build = (options: Partial<ScheduleOptions> = {}): Schedule =>
  layoutSchedule(planSchedule(curriculum, options.phases), { start: '2027-01-04', meetingWeekday: 'thursday', hoursPerWeek: 10, ...options });
const line = (week: ScheduleWeek) => `${week.number} ${week.meeting} ${week.hours}h ${week.label}`;
/** The week each paper's reading starts in. */
const readingWeeks = (schedule: Schedule) =>
  new Map(schedule.weeks.flatMap((week) => week.items.filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1).map((item) => [item.key.slice('paper:'.length), week.number] as const)));

const variants: Array<[string, Partial<ScheduleOptions>]> = [
  ['the default group (10 h a week, all phases)', {}],
  ['a slow group (5 h a week)', { hoursPerWeek: 5 }],
  ['a fast group (20 h a week)', { hoursPerWeek: 20 }],
  ['a group with holidays and breaks between phases', { skip: [{ from: '2027-12-20', to: '2028-01-02' }], breakWeeksBetweenPhases: 2 }],
  ['a group taking Foundations and Production Systems only', { phases: ['foundations', 'production-systems'] }],
];

beforeAll(() => {
  curriculum = loadCurriculum();
});

describe('every schedule', () => {
  for (const [name, options] of variants) {
    describe(name, () => {
      it('reads no paper before any of its prerequisites, and the papers in the reading order', () => {
        const schedule = build(options);
        const weeks = readingWeeks(schedule);
        // Two readings can share a week at fast paces; the order within the week is the reading order.
        const listed = schedule.weeks.flatMap((week) => week.items.filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1).map((item) => item.key.slice('paper:'.length)));
        const place = new Map(listed.map((id, index) => [id, index]));
        const late = curriculum.papers.flatMap((paper) =>
          paper.prerequisites.filter((before) => place.has(paper.id) && place.has(before) && (weeks.get(before)! > weeks.get(paper.id)! || place.get(before)! > place.get(paper.id)!)).map((before) => `${before} (week ${weeks.get(before)}) is after ${paper.id} (week ${weeks.get(paper.id)})`),
        );
        expect(late).toEqual([]);
        expect(listed).toEqual(curriculum.readingOrder.filter((id) => place.has(id)));
      });

      it('gives every meeting something to do, and runs one lab or project at a time', () => {
        const schedule = build(options);
        expect(schedule.weeks.filter((week) => week.items.length === 0).map((week) => week.number)).toEqual([]);
        expect(schedule.weeks.filter((week) => week.items.filter((item) => item.kind === 'lab' || item.kind === 'project').length > 1).map(line)).toEqual([]);
        expect(schedule.weeks.filter((week) => !week.label).map((week) => week.number)).toEqual([]);
      });
    });
  }

  it('reads every paper exactly once when the group takes every phase', () => {
    const readings = build().weeks.flatMap((week) => week.items.filter((item) => item.kind === 'reading').map((item) => item.key));
    expect(readings.toSorted()).toEqual(curriculum.papers.map((paper) => `paper:${paper.id}`).toSorted());
    const slow = build({ hoursPerWeek: 5 }).weeks.flatMap((week) => week.items.filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1).map((item) => item.key));
    expect(slow.toSorted()).toEqual(readings.toSorted());
  });
});

describe('the default group: 4 Jan 2027, Thursdays, 10 hours a week, all phases, winter holidays off', () => {
  let schedule: Schedule;
  beforeAll(() => {
    schedule = build({ skip: [{ from: '2027-12-20', to: '2028-01-02', reason: 'Winter holidays' }, { from: '2028-12-18', to: '2029-01-01', reason: 'Winter holidays' }] });
  });

  it('takes the roadmap’s 36 months as 144 meetings, four a month, with no meeting over the holidays', () => {
    expect(schedule.weeks).toHaveLength(144);
    expect(schedule.phases.map((phase) => `${phase.id} ${phase.firstWeek}-${phase.lastWeek} ${phase.start}..${phase.end}`)).toEqual([
      'foundations 1-12 2027-01-04..2027-03-28',
      'core-algorithms 13-36 2027-03-29..2027-09-12',
      'production-systems 37-72 2027-09-13..2028-06-04',
      'advanced 73-144 2028-06-05..2029-11-04',
    ]);
    expect(schedule.breaks.map((pause) => `${pause.meeting} ${pause.reason}`)).toEqual([
      '2027-12-23 Winter holidays', '2027-12-30 Winter holidays', '2028-12-21 Winter holidays', '2028-12-28 Winter holidays',
    ]);
  });

  it('reads the first nine papers in the first nine weeks, so Raft comes with Lab 2 and its prerequisites before it', () => {
    expect(schedule.weeks.slice(0, 12).map(line)).toEqual([
      '1 2027-01-07 16h Lamport Clocks + DDIA ch. 1–3 + TCP/IP internals',
      '2 2027-01-14 16h FLP Impossibility + DDIA ch. 4 + UDP and why it matters',
      '3 2027-01-21 16h Two-Phase Commit + DDIA ch. 5–6 + TLS and certificate chains',
      '4 2027-01-28 16h GFS + DDIA review + Linux network sockets',
      '5 2027-02-04 8.5h MapReduce + DDIA ch. 10–12 + Lab 1 kick-off',
      '6 2027-02-11 8.5h Bigtable + DDIA ch. 10–12 + Lab 1 check-in',
      '7 2027-02-18 8h Dynamo + DDIA ch. 10–12 + Lab 1 check-in',
      '8 2027-02-25 9h Paxos Made Simple + DDIA ch. 10–12 + Lab 1 check-in',
      '9 2027-03-04 10h Raft + Lab 2 kick-off',
      '10 2027-03-11 12h Raft, second look + Lab 2 check-in',
      '11 2027-03-18 9.5h Lab 3 kick-off',
      '12 2027-03-25 9.5h Lab 3 check-in + Success criteria',
    ]);
  });

  it('says why a paper is read before the roadmap places it', () => {
    const notes = new Map(schedule.weeks.flatMap((week) => week.items.filter((item) => item.note).map((item) => [item.key, item.note!] as const)));
    expect(notes.get('paper:flp-impossibility')).toBe('Moved forward from Phase 2: needed for Raft, which is read as “Lab 2: Raft Consensus (2A/2B)” starts.');
    expect(notes.get('paper:two-phase-commit')).toBe('Moved forward from Phase 4: the reading order puts it before MapReduce, which is read as “Lab 1: MapReduce” starts.');
    expect(notes.get('paper:gfs')).toBe('Moved forward from Phase 2: needed for MapReduce, which is read as “Lab 1: MapReduce” starts.');
    expect(notes.get('lab:mit-6824-lab-3-kv')).toBe('One lab at a time: after Lab 2, in the months the roadmap gives both.');
    expect(notes.has('paper:spanner')).toBe(false);
  });

  it('assigns DDIA chapters 7–9 in month 4, noted as the site’s choice', () => {
    const weeks = schedule.weeks.filter((week) => week.items.some((item) => item.key === 'book:ddia:ch-7-8-9'));
    expect(weeks.map((week) => `${week.number} m${week.month}`)).toEqual(['13 m4', '14 m4', '15 m4', '16 m4']);
    expect(weeks[0]!.items.find((item) => item.key === 'book:ddia:ch-7-8-9')!.note).toMatch(/^Scheduled by this site: the roadmap says to read DDIA cover to cover/);
  });

  it('places the labs, studies and the capstone where the roadmap does', () => {
    const firstWeekOf = (key: string) => schedule.weeks.find((week) => week.items.some((item) => item.key === key))!.number;
    expect(['lab:raft-from-scratch', 'lab:mit-6824-lab-4-sharded-kv', 'lab:kafka-cluster', 'lab:cassandra-cluster', 'system:cockroachdb', 'open-source:first-contribution', 'project:distributed-database-2pc'].map(firstWeekOf)).toEqual([
      17, 29, 37, 49, 57, 65, 77,
    ]);
  });

  it('groups weeks by roadmap month', () => {
    expect(monthsOf(schedule, 'core-algorithms').map(({ month, weeks }) => `${month}: ${weeks[0]!.number}-${weeks.at(-1)!.number}`)).toEqual([
      '4: 13-16', '5: 17-20', '6: 21-24', '7: 25-28', '8: 29-32', '9: 33-36',
    ]);
  });
});

describe('the presenter rota of the default group', () => {
  it('gives six members within one presentation of each other, never on a day away', async () => {
    const { makeRota } = await import('../../src/lib/schedule/rota.ts');
    const { checkContent } = await import('../../src/lib/validation/check-content.ts');
    const { resolve } = await import('node:path');
    const group = checkContent(resolve('content')).studyGroup!;
    const schedule = build({ skip: group.skip.map(({ from, to }) => ({ from, to: to ?? from })) });
    const rota = makeRota(schedule.weeks, group.members.map(({ name, absent }) => ({ name, absent: absent.map(({ from, to }) => ({ from, to: to ?? from })) })));
    expect(rota.presentations).toHaveLength(29);
    const counts = Object.fromEntries(group.members.map((member) => [member.name, rota.presentations.filter((p) => p.presenter === member.name).length]));
    expect(counts).toEqual({ Ana: 5, Ben: 5, Chen: 5, Dara: 5, Eli: 5, Femi: 4 });
    const meetingOf = (week: number) => schedule.weeks[week - 1]!.meeting;
    expect(rota.presentations.filter((p) => p.presenter === 'Chen' && meetingOf(p.week) >= '2027-02-01' && meetingOf(p.week) <= '2027-02-14')).toEqual([]);
    expect(rota.pairs.map((entry) => entry.pairs.length)).toEqual([3, 3, 3, 3, 3, 3, 3]);
  });
});
