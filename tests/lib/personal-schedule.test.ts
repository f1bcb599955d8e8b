/** A reader's own schedule settings: checked when stored and when read back, and their calendar. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parsePersonalSettings, personalCalendar, personalStorageKey, serializePersonalSettings, settingsProblem, weekOf, type PersonalSettings } from '../../src/lib/personal-schedule.ts';
import { layoutSchedule } from '../../src/lib/schedule/layout.ts';
import { planSchedule } from '../../src/lib/schedule/plan.ts';
import { lab, paper, phase, smallCurriculum } from '../support/small-curriculum.ts';

const settings: PersonalSettings = { start: '2027-03-01', weekday: 'tuesday', hoursPerWeek: 10, time: '07:30', timeZone: 'America/New_York' };

describe('personal schedule settings', () => {
  it('are kept per copy of the site', () => {
    expect([personalStorageKey('/'), personalStorageKey('/a/')]).toEqual(['ds-roadmap-personal-schedule/v1@/', 'ds-roadmap-personal-schedule/v1@/a/']);
  });

  it('read back what was stored, and nothing that is not a whole, valid set', () => {
    expect(parsePersonalSettings(serializePersonalSettings(settings))).toEqual(settings);
    expect([null, '', '{', '[]', '{"start":"2027-03-01"}', JSON.stringify({ ...settings, timeZone: 'Mars/Base' }), JSON.stringify({ ...settings, hoursPerWeek: '10' })].map(parsePersonalSettings)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('say what is wrong', () => {
    expect([
      settingsProblem({ ...settings, start: '2027-02-30' }),
      settingsProblem({ ...settings, hoursPerWeek: 41 }),
      settingsProblem({ ...settings, time: '7:30' }),
      settingsProblem({ ...settings, timeZone: 'Berlin' }),
      settingsProblem(settings),
    ]).toEqual([
      'the start date must be a date such as 2027-01-04',
      'the hours per week must be from 2 to 40, not 41',
      'the time must be written HH:MM, such as 18:30',
      '"Berlin" is not a time zone such as Europe/Berlin',
      undefined,
    ]);
  });
});

describe('this week', () => {
  const weeks = [
    { number: 1, start: '2027-01-04', end: '2027-01-10' },
    { number: 2, start: '2027-01-18', end: '2027-01-24' },
  ];
  it('is the week that holds today, or the next one after a week without a meeting', () => {
    expect(['2027-01-04', '2027-01-10', '2027-01-12', '2027-01-20'].map((today) => weekOf(weeks, today))).toEqual([{ week: 1 }, { week: 1 }, { week: 2 }, { week: 2 }]);
  });
  it('says when the schedule has not started or has ended', () => {
    expect([weekOf(weeks, '2026-12-31'), weekOf(weeks, '2027-02-01'), weekOf([], '2027-01-01')]).toEqual([{ before: '2027-01-04' }, { after: '2027-01-24' }, undefined]);
  });
});

describe('the personal calendar', () => {
  it('is named for the reader, at their time and time zone, with no place and no group name', () => {
    const curriculum = smallCurriculum({ phases: [phase('one', 1, 0, 1)], papers: [paper('alpha', 'one')], labs: [lab('first', 'one', 0, 1)] });
    const schedule = layoutSchedule(planSchedule(curriculum), { start: settings.start, meetingWeekday: settings.weekday, hoursPerWeek: 10 });
    const text = personalCalendar(schedule, settings, { absolute: (path) => `https://example.org${path}`, uidDomain: 'example.org' }, new Date('2027-01-01T00:00:00Z'));
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My Distributed Systems Roadmap schedule');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.summary, event.startDate.toJSDate().toISOString(), event.location])).toEqual([
      ['personal-2027-03-01-week-1@example.org', 'ALPHA + Lab first kick-off', '2027-03-02T12:30:00.000Z', null],
      ['personal-2027-03-01-week-2@example.org', 'ALPHA, second look + Lab first check-in', '2027-03-09T12:30:00.000Z', null],
      ['personal-2027-03-01-week-3@example.org', 'Lab first check-in', '2027-03-16T11:30:00.000Z', null],
      ['personal-2027-03-01-week-4@example.org', 'Lab first check-in', '2027-03-23T11:30:00.000Z', null],
    ]);
  });
});
