/**
 * Calendar dates as `YYYY-MM-DD` strings, with plain UTC `Date` arithmetic: a date has no time
 * of day and no time zone, so adding days never meets a daylight-saving change.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2027-02-29` is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

const fromUtcMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** The weekday of a date. */
export function weekdayOf(date: string): Weekday {
  // getUTCDay() counts from Sunday; WEEKDAYS from Monday.
  return WEEKDAYS[(new Date(toUtcMs(date)).getUTCDay() + 6) % 7]!;
}

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekday(date: string, weekday: Weekday): string {
  const offset = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(date)) + 7) % 7;
  return addDays(date, offset);
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `Thursday 4 March 2027` */
export const formatLongDate = (date: string): string => longDate.format(toUtcMs(date)).replace(',', '');

/** `4 Jan 2027` */
export const formatDate = (date: string): string => dayMonthYear.format(toUtcMs(date));

/** `Thu 7 Jan` */
export const formatMeetingDay = (date: string): string => weekdayDay.format(toUtcMs(date));

/** `4–10 Jan 2027`, `25 Jan – 7 Feb 2027`, `27 Dec 2027 – 2 Jan 2028` */
export function formatDateRange(start: string, end: string): string {
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (startYear !== endYear) return `${formatDate(start)} – ${formatDate(end)}`;
  if (startMonth !== endMonth) return `${dayMonth.format(toUtcMs(start))} – ${formatDate(end)}`;
  return `${Number(start.slice(8))}–${formatDate(end)}`;
}
