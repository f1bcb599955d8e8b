/**
 * The schedule as HTML text: a section per phase, a list of weeks per roadmap month, each week a
 * card with its dates, what the meeting is about, what to read and do (each with a box to tick,
 * on paper or, with script, as the site's progress) and the effort. Weeks without a meeting
 * (holidays, breaks) are listed where they fall. One function for the built page and the
 * personal-schedule script, so both show the same markup.
 */
import { formatDateRange, formatMeetingDay } from '../../values/dates.ts';
import { monthsOf, type Schedule, type ScheduleBreak, type ScheduledItem, type ScheduleWeek } from './layout.ts';

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ScheduleHtmlOptions {
  /** Site-relative path -> href with the base path. */
  url(path: string): string;
  /** Only these phases (all when omitted). */
  phaseIds?: readonly string[];
  /** Give each week an id (`week-12`) for calendar links; only once per page. */
  weekIds?: boolean;
}

const hours = (value: number) => `${value} h`;

/** A week's date line, in parts: the range, the meeting day and the effort (markup and height bound both use them). */
const weekDates = (week: ScheduleWeek) => ({ range: formatDateRange(week.start, week.end), meets: `meets ${formatMeetingDay(week.meeting)}`, effort: `about ${hours(week.hours)}` });
const partText = (part: ScheduledItem['part']) => (part ? `(week ${part.index} of ${part.of})` : '');

function itemHtml(item: ScheduledItem, options: ScheduleHtmlOptions): string {
  // The progress script names the item's checkbox after its title (data-progress-title): a copy
  // of every title in an attribute was 22% of the 30x schedule's HTML (311 KB of 1.4 MB).
  const title = item.path ? `<a href="${escapeHtml(options.url(item.path))}" data-progress-title>${escapeHtml(item.title)}</a>` : `<span data-progress-title>${escapeHtml(item.title)}</span>`;
  const part = item.part ? ` <span class="part">${partText(item.part)}</span>` : '';
  const note = item.note ? `<span class="note">${escapeHtml(item.note)}</span>` : '';
  return (
    `<li class="kind-${item.kind}" data-progress="${escapeHtml(item.key)}">` +
    `<span class="box" aria-hidden="true"></span><span class="item-text">${title}${part} <span class="hours">${hours(item.hours)}</span>${note}</span></li>`
  );
}

/**
 * Characters a line of a week card holds at least, at 390 px (the narrowest the site is made
 * for), text and notes: words wrap whole, so a 72-character title took four lines of 235 px.
 */
const TEXT_CHARS_PER_LINE = 20;
const SMALL_CHARS_PER_LINE = 24;
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/**
 * At least the height of a week's card, in rem, at any width from 390 px up: what the browser
 * takes as the card's size before it draws it (schedule.css). Each text counted at the fewest
 * characters a line holds at 390 px, in the card's line heights (1.55 for text, 1.36rem for the
 * 0.88rem dates and notes), with the card's padding and margins. A guess too small let the
 * boxes of a card not yet drawn overlap the next card's in layout (see schedule.css); one too
 * large only makes the scroll bar's first guess longer.
 */
export function weekHeightBound(week: ScheduleWeek): number {
  const { range, meets, effort } = weekDates(week);
  const head = 1.35 * (1 + lines(week.label, TEXT_CHARS_PER_LINE)) + 0.15 + 1.36 * lines(`${range} · ${meets} · ${effort}`, SMALL_CHARS_PER_LINE);
  const items = week.items.map((item) => {
    const text = `${item.title}${item.part ? ` ${partText(item.part)}` : ''} ${hours(item.hours)}`;
    return 0.4 + 1.55 * lines(text, TEXT_CHARS_PER_LINE) + (item.note ? 1.36 * lines(item.note, SMALL_CHARS_PER_LINE) : 0);
  });
  // Card padding (2 x 0.55rem) and the gap between head and items when they stack.
  return Math.ceil(1.1 + 0.2 + head + items.reduce((sum, height) => sum + height, 0));
}

function weekHtml(week: ScheduleWeek, options: ScheduleHtmlOptions): string {
  const id = options.weekIds ? ` id="week-${week.number}"` : '';
  const { range, meets, effort } = weekDates(week);
  return (
    `<li class="week"${id} data-week-start="${week.start}" data-week-end="${week.end}" data-size="${weekHeightBound(week)}rem">` +
    `<div class="week-head"><h4><span class="week-number">Week ${week.number}</span> <span class="week-label">${escapeHtml(week.label)}</span></h4>` +
    `<p class="week-dates"><span class="range">${escapeHtml(range)}</span> · <span class="meets">${escapeHtml(meets)}</span> · <span class="effort">${effort}</span></p></div>` +
    `<ul class="week-items">${week.items.map((item) => itemHtml(item, options)).join('')}</ul></li>`
  );
}

function breakHtml(pause: ScheduleBreak): string {
  return `<li class="week no-meeting"><p><span class="range">${escapeHtml(formatDateRange(pause.start, pause.end))}</span> · no meeting on ${escapeHtml(formatMeetingDay(pause.meeting))}: ${escapeHtml(pause.reason)}</p></li>`;
}

/** The weeks of a month with the breaks that fall among (or just before) them, in date order. */
function monthHtml(weeks: readonly ScheduleWeek[], breaks: readonly ScheduleBreak[], options: ScheduleHtmlOptions): string {
  const rows = [
    ...weeks.map((week) => ({ at: week.start, html: weekHtml(week, options) })),
    ...breaks.map((pause) => ({ at: pause.start, html: breakHtml(pause) })),
  ].sort((a, b) => (a.at < b.at ? -1 : 1));
  return rows.map((row) => row.html).join('');
}

/** Each break listed with the month of the first week after it (or the last month, when none follows). */
function breaksByMonth(schedule: Schedule): Map<string, ScheduleBreak[]> {
  const owner = (pause: ScheduleBreak) => schedule.weeks.find((week) => week.start > pause.start) ?? schedule.weeks.at(-1);
  return Map.groupBy(schedule.breaks, (pause) => {
    const week = owner(pause);
    return week ? `${week.phase}:${week.month}` : '';
  });
}

export function scheduleTablesHtml(schedule: Schedule, options: ScheduleHtmlOptions): string {
  const breaks = breaksByMonth(schedule);
  return schedule.phases
    .filter((phase) => !options.phaseIds || options.phaseIds.includes(phase.id))
    .map((phase) => {
      const months = monthsOf(schedule, phase.id)
        .map(({ month, weeks }) => {
          const first = weeks[0]!;
          const last = weeks[weeks.length - 1]!;
          const heading = `month-${phase.id}-${month}`;
          return (
            `<section class="schedule-month" aria-labelledby="${heading}"><h3 id="${heading}">Month ${month} · weeks ${first.number}–${last.number} · ${escapeHtml(formatDateRange(first.start, last.end))}</h3>` +
            `<ol class="weeks">${monthHtml(weeks, breaks.get(`${phase.id}:${month}`) ?? [], options)}</ol></section>`
          );
        })
        .join('');
      return (
        `<section class="schedule-phase" aria-labelledby="phase-${phase.id}">` +
        `<h2 id="phase-${phase.id}">Phase ${phase.order}: ${escapeHtml(phase.title)}</h2>` +
        `<p class="meta">Weeks ${phase.firstWeek}–${phase.lastWeek}, ${escapeHtml(formatDateRange(phase.start, phase.end))} (roadmap months ${phase.months.start}–${phase.months.end}).</p>` +
        months +
        '</section>'
      );
    })
    .join('');
}
