/** Calendar dates in UTC arithmetic, and meeting times in IANA zones across daylight-saving changes. */
import { describe, expect, it } from 'vitest';
import { addDays, formatDateRange, isIsoDate, nextWeekday, weekdayOf } from '../../src/values/dates.ts';
import { isTimeZone, zonedTimeToUtc } from '../../src/values/time-zone.ts';

describe('calendar dates', () => {
  it('accepts only real YYYY-MM-DD dates, leap days included', () => {
    expect(['2028-02-29', '2027-02-29', '2027-13-01', '2027-1-4', '4 January 2027'].map(isIsoDate)).toEqual([true, false, false, false, false]);
  });

  it('adds days across month, leap-day and year ends', () => {
    expect([addDays('2027-01-31', 1), addDays('2028-02-28', 1), addDays('2028-02-28', 2), addDays('2027-12-27', 6), addDays('2028-03-01', -1)]).toEqual([
      '2027-02-01', '2028-02-29', '2028-03-01', '2028-01-02', '2028-02-29',
    ]);
  });

  it('finds weekdays and the next meeting day', () => {
    expect([weekdayOf('2027-01-04'), weekdayOf('2028-02-29'), nextWeekday('2027-01-04', 'thursday'), nextWeekday('2027-01-07', 'thursday'), nextWeekday('2028-02-24', 'tuesday')]).toEqual([
      'monday', 'tuesday', '2027-01-07', '2027-01-07', '2028-02-29',
    ]);
  });

  it('prints date ranges within a month, across months and across years', () => {
    expect([formatDateRange('2027-01-04', '2027-01-10'), formatDateRange('2027-01-25', '2027-02-07'), formatDateRange('2027-12-27', '2028-01-02')]).toEqual([
      '4–10 Jan 2027', '25 Jan – 7 Feb 2027', '27 Dec 2027 – 2 Jan 2028',
    ]);
  });
});

describe('meeting times in a time zone', () => {
  it('keeps 19:00 in Berlin across the spring change on 26 March 2028', () => {
    expect(zonedTimeToUtc('2028-03-21', '19:00', 'Europe/Berlin').toISOString()).toBe('2028-03-21T18:00:00.000Z');
    expect(zonedTimeToUtc('2028-03-28', '19:00', 'Europe/Berlin').toISOString()).toBe('2028-03-28T17:00:00.000Z');
  });

  it('keeps 18:30 in New York across the autumn change on 7 November 2027', () => {
    expect(zonedTimeToUtc('2027-11-04', '18:30', 'America/New_York').toISOString()).toBe('2027-11-04T22:30:00.000Z');
    expect(zonedTimeToUtc('2027-11-11', '18:30', 'America/New_York').toISOString()).toBe('2027-11-11T23:30:00.000Z');
  });

  it('handles zones ahead of UTC that cross midnight, and UTC itself', () => {
    expect(zonedTimeToUtc('2027-01-07', '08:00', 'Australia/Sydney').toISOString()).toBe('2027-01-06T21:00:00.000Z');
    expect(zonedTimeToUtc('2027-01-07', '18:00', 'UTC').toISOString()).toBe('2027-01-07T18:00:00.000Z');
  });

  it('moves a time skipped by the spring change to the hour after, as calendar programs do', () => {
    expect(zonedTimeToUtc('2028-03-26', '02:30', 'Europe/Berlin').toISOString()).toBe('2028-03-26T01:30:00.000Z');
  });

  it('knows IANA names and rejects others', () => {
    expect(['Europe/Berlin', 'America/New_York', 'UTC', 'Europe/Berln', 'Berlin', 'CET+1'].map(isTimeZone)).toEqual([true, true, true, false, false, false]);
  });
});
