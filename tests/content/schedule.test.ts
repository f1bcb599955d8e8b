/**
 * The dated schedule of the real curriculum, pinned for two study-group configurations:
 * the default group (Mondays from 4 Jan 2027, 10 h a week, all phases) and a slow group that
 * starts in a leap-year February (5 h a week, Foundations and Production Systems only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Curriculum } from '../../src/lib/curriculum.ts';
import { layoutSchedule, monthsOf, type Schedule, type ScheduleOptions, type ScheduleWeek } from '../../src/lib/schedule/layout.ts';
import { chapterList, planSchedule } from '../../src/lib/schedule/plan.ts';
import { loadCurriculum } from '../support/curriculum.ts';

let curriculum: Curriculum;
let standard: Schedule;
let slow: Schedule;

const buildSchedule = (of: Curriculum, options: ScheduleOptions) => layoutSchedule(planSchedule(of, options.phases), options);

/** A week as one line: number, month, dates, meeting, hours, then its items with parts and hours. */
const line = (week: ScheduleWeek) =>
  `${week.number} m${week.month} ${week.start}..${week.end} meets ${week.meeting} ${week.hours}h: ` +
  week.items.map((item) => `${item.key}${item.part ? ` ${item.part.index}/${item.part.of}` : ''} ${item.hours}`).join(', ');

beforeAll(() => {
  curriculum = loadCurriculum();
  standard = buildSchedule(curriculum, { start: '2027-01-04', meetingWeekday: 'thursday', hoursPerWeek: 10 });
  slow = buildSchedule(curriculum, { start: '2028-02-24', meetingWeekday: 'tuesday', hoursPerWeek: 5, phases: ['production-systems', 'foundations'] });
});

describe('the default group: 4 Jan 2027, Thursdays, 10 hours a week, all phases', () => {
  it('takes the roadmap’s 36 months as 144 weeks, four per month, phases back to back', () => {
    expect(standard.weeks).toHaveLength(144);
    expect(standard.weeksPerMonth).toBe(4);
    expect([standard.start, standard.end]).toEqual(['2027-01-04', '2029-10-07']);
    expect(standard.phases.map((phase) => `${phase.id} ${phase.firstWeek}-${phase.lastWeek} ${phase.start}..${phase.end}`)).toEqual([
      'foundations 1-12 2027-01-04..2027-03-28',
      'core-algorithms 13-36 2027-03-29..2027-09-12',
      'production-systems 37-72 2027-09-13..2028-05-21',
      'advanced 73-144 2028-05-22..2029-10-07',
    ]);
  });

  it('follows the roadmap in Phase 1: DDIA weeks 1–4 and networking in month 1, Lab 1 in month 2, Raft and Labs 2–3 in month 3', () => {
    expect(standard.weeks.slice(0, 12).map(line)).toEqual([
      '1 m1 2027-01-04..2027-01-10 meets 2027-01-07 13h: book:ddia:week-1 6, topic:tcp-ip-internals 3, lab:epoll-echo-server 1/4 4',
      '2 m1 2027-01-11..2027-01-17 meets 2027-01-14 9h: lab:epoll-echo-server 2/4 4, book:ddia:week-2 2, topic:udp 3',
      '3 m1 2027-01-18..2027-01-24 meets 2027-01-21 11h: lab:epoll-echo-server 3/4 4, book:ddia:week-3 4, topic:tls 3',
      '4 m1 2027-01-25..2027-01-31 meets 2027-01-28 13h: lab:epoll-echo-server 4/4 4, book:ddia:week-4 6, topic:linux-sockets 3',
      '5 m2 2027-02-01..2027-02-07 meets 2027-02-04 7.5h: book:ddia:ch-10-11-12 1/4 1.5, lab:mit-6824-lab-1-mapreduce 1/4 2, paper:mapreduce 4',
      '6 m2 2027-02-08..2027-02-14 meets 2027-02-11 3.5h: book:ddia:ch-10-11-12 2/4 1.5, lab:mit-6824-lab-1-mapreduce 2/4 2',
      '7 m2 2027-02-15..2027-02-21 meets 2027-02-18 3.5h: book:ddia:ch-10-11-12 3/4 1.5, lab:mit-6824-lab-1-mapreduce 3/4 2',
      '8 m2 2027-02-22..2027-02-28 meets 2027-02-25 5.5h: book:ddia:ch-10-11-12 4/4 1.5, lab:mit-6824-lab-1-mapreduce 4/4 2, criterion:lab-1-crash-tests-pass 1, criterion:lab-1-local-disk-rationale 1',
      '9 m3 2027-03-01..2027-03-07 meets 2027-03-04 12h: lab:mit-6824-lab-2-raft 1/4 4, lab:mit-6824-lab-3-kv 1/4 4, paper:raft 4',
      '10 m3 2027-03-08..2027-03-14 meets 2027-03-11 8h: lab:mit-6824-lab-2-raft 2/4 4, lab:mit-6824-lab-3-kv 2/4 4',
      '11 m3 2027-03-15..2027-03-21 meets 2027-03-18 8h: lab:mit-6824-lab-2-raft 3/4 4, lab:mit-6824-lab-3-kv 3/4 4',
      '12 m3 2027-03-22..2027-03-28 meets 2027-03-25 11h: lab:mit-6824-lab-2-raft 4/4 4, lab:mit-6824-lab-3-kv 4/4 4, criterion:foundations-labs-pass 1, criterion:foundations-consistency-models 1, criterion:foundations-leader-leases 1',
    ]);
  });

  it('spreads the Phase 2 papers over months 3–9 in reading order, storage papers in month 5–6, Raft from scratch in 4–5, Lab 4 in 7–9', () => {
    const firstWeekOf = (key: string) => standard.weeks.find((week) => week.items.some((item) => item.key === key))!.number;
    const papers = ['lamport-clocks', 'flp-impossibility', 'paxos-made-simple', 'gfs', 'bigtable', 'dynamo', 'paxos-made-live', 'spanner', 'conflict-free-replicated-data-types', 'pbft', 'viewstamped-replication', 'zab'];
    expect(papers.map((id) => firstWeekOf(`paper:${id}`))).toEqual([13, 16, 19, 21, 21, 22, 23, 23, 24, 26, 30, 33]);
    expect([firstWeekOf('lab:raft-from-scratch'), firstWeekOf('lab:mit-6824-lab-4-sharded-kv'), firstWeekOf('lab:kafka-cluster'), firstWeekOf('lab:cassandra-cluster')]).toEqual([17, 29, 37, 49]);
    expect([firstWeekOf('system:cockroachdb'), firstWeekOf('open-source:first-contribution'), firstWeekOf('project:distributed-database-2pc')]).toEqual([57, 65, 137]);
  });

  it('dates weeks across month and year ends', () => {
    const week = (number: number) => standard.weeks[number - 1]!;
    expect([week(4).end, week(5).start]).toEqual(['2027-01-31', '2027-02-01']);
    expect([week(52).start, week(52).end, week(52).meeting, week(53).start]).toEqual(['2027-12-27', '2028-01-02', '2027-12-30', '2028-01-03']);
    // 2028 is a leap year: the week of 28 Feb holds 29 Feb.
    expect([week(60).start, week(60).end, week(61).start]).toEqual(['2028-02-21', '2028-02-27', '2028-02-28']);
    expect([week(61).end, week(61).meeting]).toEqual(['2028-03-05', '2028-03-02']);
  });

  it('schedules every item of the plan, and each paper once', () => {
    const plan = planSchedule(curriculum);
    const scheduled = new Set(standard.weeks.flatMap((week) => week.items.map((item) => item.key)));
    expect(plan.items.filter((item) => !scheduled.has(item.key))).toEqual([]);
    const papers = plan.items.filter((item) => item.kind === 'reading').map((item) => item.key);
    expect(new Set(papers).size).toBe(papers.length);
    expect(papers).toHaveLength(curriculum.papers.length);
    expect(Object.fromEntries([...Map.groupBy(plan.items, (item) => item.kind)].map(([kind, items]) => [kind, items.length]))).toEqual({
      chapters: 5, study: 4, lab: 8, reading: 29, checkpoint: 16, system: 3, 'open-source': 1, design: 7, project: 1,
    });
  });

  it('groups weeks into one table per roadmap month', () => {
    expect(monthsOf(standard, 'core-algorithms').map(({ month, weeks }) => `${month}: ${weeks[0]!.number}-${weeks[weeks.length - 1]!.number}`)).toEqual([
      '4: 13-16', '5: 17-20', '6: 21-24', '7: 25-28', '8: 29-32', '9: 33-36',
    ]);
  });
});

describe('a slow group: 24 Feb 2028 (a leap year), Tuesdays, 5 hours a week, Foundations and Production Systems', () => {
  it('takes twice as long and puts the phases back to back', () => {
    expect(slow.weeks).toHaveLength(96);
    expect(slow.weeksPerMonth).toBe(8);
    expect(slow.phases.map((phase) => `${phase.id} ${phase.firstWeek}-${phase.lastWeek} ${phase.start}..${phase.end}`)).toEqual([
      'foundations 1-24 2028-02-24..2028-08-09',
      'production-systems 25-96 2028-08-10..2029-12-26',
    ]);
  });

  it('splits each week of work over two weeks and meets on the Tuesday of each week, 29 Feb included', () => {
    expect(slow.weeks.slice(0, 3).map(line)).toEqual([
      '1 m1 2028-02-24..2028-03-01 meets 2028-02-29 6.5h: book:ddia:week-1 1/2 3, topic:tcp-ip-internals 1/2 1.5, lab:epoll-echo-server 1/8 2',
      '2 m1 2028-03-02..2028-03-08 meets 2028-03-07 6.5h: book:ddia:week-1 2/2 3, topic:tcp-ip-internals 2/2 1.5, lab:epoll-echo-server 2/8 2',
      '3 m1 2028-03-09..2028-03-15 meets 2028-03-14 4.5h: lab:epoll-echo-server 3/8 2, book:ddia:week-2 1/2 1, topic:udp 1/2 1.5',
    ]);
  });

  it('keeps checkpoints in the last week of their lab or phase at any pace', () => {
    expect(slow.weeks.slice(15, 17).map(line)).toEqual([
      '16 m2 2028-06-08..2028-06-14 meets 2028-06-13 4h: book:ddia:ch-10-11-12 8/8 1, lab:mit-6824-lab-1-mapreduce 8/8 1, criterion:lab-1-crash-tests-pass 1, criterion:lab-1-local-disk-rationale 1',
      '17 m3 2028-06-15..2028-06-21 meets 2028-06-20 6h: lab:mit-6824-lab-2-raft 1/8 2, lab:mit-6824-lab-3-kv 1/8 2, paper:raft 1/2 2',
    ]);
  });

  it('continues with Production Systems at roadmap month 10 right after Foundations', () => {
    expect(line(slow.weeks[24]!)).toBe('25 m10 2028-08-10..2028-08-16 meets 2028-08-15 6h: lab:kafka-cluster 1/16 3, system:kafka 1/16 1, paper:kafka 1/2 2');
    expect(slow.weeks.some((week) => week.items.some((item) => item.key === 'paper:lamport-clocks'))).toBe(false);
  });
});

describe('planning and options', () => {
  it('reads Raft with Lab 2 when Foundations is scheduled, and with Raft from scratch otherwise', () => {
    const withFoundations = planSchedule(curriculum, ['foundations', 'core-algorithms']).items.find((item) => item.key === 'paper:raft')!;
    const alone = planSchedule(curriculum, ['core-algorithms']).items.find((item) => item.key === 'paper:raft')!;
    expect([withFoundations.phase, withFoundations.months]).toEqual(['foundations', { start: 2, end: 2.25 }]);
    expect([alone.phase, alone.months]).toEqual(['core-algorithms', { start: 4, end: 4.25 }]);
  });

  it('halves the timeline at 20 hours a week', () => {
    const fast = buildSchedule(curriculum, { start: '2027-01-04', meetingWeekday: 'monday', hoursPerWeek: 20 });
    expect([fast.weeks.length, fast.end, fast.weeks[0]!.meeting]).toEqual([72, '2028-05-21', '2027-01-04']);
  });

  it('rejects a start that is not a date, an unknown weekday and a pace out of range', () => {
    const plan = planSchedule(curriculum);
    expect(() => layoutSchedule(plan, { start: '2027-02-29', meetingWeekday: 'monday', hoursPerWeek: 10 })).toThrow('start must be a YYYY-MM-DD date, not "2027-02-29"');
    expect(() => layoutSchedule(plan, { start: '2027-01-04', meetingWeekday: 'thurday' as 'thursday', hoursPerWeek: 10 })).toThrow('meetingWeekday must be one of monday');
    expect(() => layoutSchedule(plan, { start: '2027-01-04', meetingWeekday: 'monday', hoursPerWeek: 1 })).toThrow('hoursPerWeek must be from 2 to 40, not 1');
  });

  it('writes chapter lists as ranges', () => {
    expect([chapterList([1, 2, 3]), chapterList([4]), chapterList([10, 12])]).toEqual(['1–3', '4', '10, 12']);
  });
});
