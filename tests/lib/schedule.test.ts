/**
 * The schedule on a small curriculum (tests/support/small-curriculum.ts): two phases of two
 * months; papers that must move forward, a lab that sets a deadline, two labs in the same
 * months, a reading window, a design problem. Exact weeks pinned; the real content's schedule is
 * in tests/content/schedule.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { layoutSchedule, type Schedule, type ScheduleWeek } from '../../src/lib/schedule/layout.ts';
import { chapterList, planSchedule } from '../../src/lib/schedule/plan.ts';
import { readingTimeline } from '../../src/lib/schedule/readings.ts';
import { criterion, designProblem, lab, paper, phase, smallCurriculum } from '../support/small-curriculum.ts';

const curriculum = smallCurriculum({
  phases: [phase('one', 1, 0, 2), phase('two', 2, 2, 4, { readingWindows: [{ title: 'Late papers', months: { start: 3, end: 4 }, papers: ['epsilon'] }] })],
  papers: [
    paper('alpha', 'two', { readingOrder: 1 }),
    paper('beta', 'two', { readingOrder: 2, prerequisites: ['alpha'] }),
    paper('gamma', 'one', { prerequisites: ['beta'] }),
    paper('delta', 'two'),
    paper('epsilon', 'two'),
  ],
  labs: [lab('first', 'one', 1, 2, { readings: ['gamma'] }), lab('second', 'one', 1, 2, { order: 2 })],
  criteria: [criterion('second-passes', 'one', { lab: 'second' }), criterion('phase-two-done', 'two')],
  designProblems: [designProblem('lock-service', 'two')],
});

/** A week as one line: number, meeting day, hours, label, then its items. */
const line = (week: ScheduleWeek) =>
  `${week.number} ${week.meeting} ${week.hours}h ${week.label} | ${week.items.map((item) => `${item.key}${item.part ? ` ${item.part.index}/${item.part.of}` : ''} ${item.hours}`).join(', ')}`;
const layout = (options: Partial<Parameters<typeof layoutSchedule>[1]> = {}): Schedule =>
  layoutSchedule(planSchedule(curriculum), { start: '2027-01-04', meetingWeekday: 'thursday', hoursPerWeek: 10, ...options });

describe('the reading timeline', () => {
  it('reads the papers in the reading order, moving papers forward for a lab that starts with a later one, and says why', () => {
    expect(curriculum.readingOrder).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
    expect(readingTimeline(curriculum).map(({ paper: { id }, at, note }) => `${id} ${at}${note ? `: ${note}` : ''}`)).toEqual([
      'alpha 0: Moved forward from Phase 2: needed for GAMMA, which is read as “Lab first: work” starts.',
      'beta 0.25: Moved forward from Phase 2: needed for GAMMA, which is read as “Lab first: work” starts.',
      'gamma 1',
      'delta 2',
      'epsilon 3',
    ]);
  });
});

describe('the plan', () => {
  it('runs labs that share months one after another, and says so', () => {
    const labs = planSchedule(curriculum).items.filter((item) => item.kind === 'lab');
    expect(labs.map((item) => `${item.key} ${item.months.start}-${item.months.end} ${item.note ?? ''}`)).toEqual([
      'lab:first 1-1.5 ',
      'lab:second 1.5-2 One lab at a time: after Lab first, in the months the roadmap gives both.',
    ]);
  });

  it('gives a design problem two meetings: design in pairs, then critique', () => {
    const design = planSchedule(curriculum).items.filter((item) => item.kind === 'design' || item.kind === 'critique');
    expect(design.map((item) => `${item.key} ${item.label} ${item.months.start}`)).toEqual(['design:lock-service Design: lock-service 2.5', 'design:lock-service:critique Critique: lock-service 2.75']);
  });

  it('leaves out the items of phases the group does not take', () => {
    expect(planSchedule(curriculum, ['two']).items.map((item) => item.key)).toEqual([
      'paper:delta', 'design:lock-service', 'design:lock-service:critique', 'paper:epsilon', 'criterion:phase-two-done',
    ]);
  });
});

describe('the dated weeks', () => {
  it('pins every week: readings in order, one lab at a time, no meeting without something to do', () => {
    expect(layout().weeks.map(line)).toEqual([
      '1 2027-01-07 4h ALPHA | paper:alpha 4',
      '2 2027-01-14 4h BETA | paper:beta 4',
      '3 2027-01-21 2h BETA, second look | review:paper:beta 2',
      '4 2027-01-28 2h ALPHA, second look | review:paper:alpha 2',
      '5 2027-02-04 10h GAMMA + Lab first kick-off | lab:first 1/2 6, paper:gamma 4',
      '6 2027-02-11 12h GAMMA, second look + Lab first check-in | lab:first 2/2 10, review:paper:gamma 2',
      '7 2027-02-18 8.5h Lab second kick-off | lab:second 1/2 8.5',
      '8 2027-02-25 8.5h Lab second check-in + Success criteria | lab:second 2/2 7.5, criterion:second-passes 1',
      '9 2027-03-04 4h DELTA | paper:delta 4',
      '10 2027-03-11 2h DELTA, second look | review:paper:delta 2',
      '11 2027-03-18 2h Design: lock-service | design:lock-service 2',
      '12 2027-03-25 2h Critique: lock-service | design:lock-service:critique 2',
      '13 2027-04-01 4h EPSILON | paper:epsilon 4',
      '14 2027-04-08 2h EPSILON, second look | review:paper:epsilon 2',
      '15 2027-04-15 2h Revisit: lock-service | review:design:lock-service 2',
      '16 2027-04-22 1h Success criteria | criterion:phase-two-done 1',
    ]);
  });

  it('skips meetings on skipped days and moves the plan on, listing the weeks without a meeting', () => {
    const schedule = layout({ skip: [{ from: '2027-01-14', to: '2027-01-20', reason: 'Holiday' }], breakWeeksBetweenPhases: 1 });
    expect(schedule.weeks.slice(0, 3).map((week) => `${week.number} ${week.meeting}`)).toEqual(['1 2027-01-07', '2 2027-01-21', '3 2027-01-28']);
    expect(schedule.breaks).toEqual([
      { start: '2027-01-11', end: '2027-01-17', meeting: '2027-01-14', reason: 'Holiday' },
      { start: '2027-03-08', end: '2027-03-14', meeting: '2027-03-11', reason: 'Break before Phase 2' },
    ]);
    expect(schedule.weeks.map((week) => week.meeting)).not.toContain('2027-01-14');
    expect(schedule.weeks[8]!.meeting).toBe('2027-03-18');
    expect(schedule.weeks).toHaveLength(16);
  });

  it('stretches the plan at 5 hours a week and splits a reading over two weeks', () => {
    const slow = layout({ hoursPerWeek: 5 });
    expect(slow.weeks).toHaveLength(32);
    expect(slow.weeks.slice(0, 2).map(line)).toEqual(['1 2027-01-07 2h ALPHA | paper:alpha 1/2 2', '2 2027-01-14 2h ALPHA | paper:alpha 2/2 2']);
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
