/**
 * The schedule tables as HTML text: a section per phase, a table per roadmap month with week,
 * dates, what to read or do, effort, and an empty box to tick on paper. One function for the
 * built page and the personal-schedule script, so both show the same markup.
 */
import { formatDateRange, formatMeetingDay } from '../../values/dates.ts';
import { monthsOf, type Schedule, type ScheduleWeek } from './layout.ts';

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ScheduleHtmlOptions {
  /** Site-relative path -> href with the base path. */
  url(path: string): string;
  /** Only these phases (all when omitted). */
  phaseIds?: readonly string[];
  /** Give each week row an id (`week-12`) for calendar links; only once per page. */
  weekIds?: boolean;
}

const hours = (value: number) => `${value} h`;

function itemHtml(item: ScheduleWeek['items'][number], options: ScheduleHtmlOptions): string {
  const title = item.path ? `<a href="${escapeHtml(options.url(item.path))}">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
  const part = item.part ? ` <span class="part">(week ${item.part.index} of ${item.part.of})</span>` : '';
  return `<li class="kind-${item.kind}">${title}${part}</li>`;
}

function weekRow(week: ScheduleWeek, options: ScheduleHtmlOptions): string {
  const id = options.weekIds ? ` id="week-${week.number}"` : '';
  const items = week.items.length
    ? `<ul class="week-items">${week.items.map((item) => itemHtml(item, options)).join('')}</ul>`
    : '<p class="free-week">No new items: catch up, revisit, or go deeper.</p>';
  return (
    `<tr${id}><th scope="row" class="col-week">${week.number}</th>` +
    `<td class="col-dates"><span class="range">${escapeHtml(formatDateRange(week.start, week.end))}</span> <span class="meets">meets ${escapeHtml(formatMeetingDay(week.meeting))}</span></td>` +
    `<td class="col-items">${items}</td>` +
    `<td class="col-effort">${week.hours ? hours(week.hours) : '–'}</td>` +
    `<td class="col-done"><span class="box" aria-hidden="true"></span></td></tr>`
  );
}

export function scheduleTablesHtml(schedule: Schedule, options: ScheduleHtmlOptions): string {
  return schedule.phases
    .filter((phase) => !options.phaseIds || options.phaseIds.includes(phase.id))
    .map((phase) => {
      const months = monthsOf(schedule, phase.id)
        .map(({ month, weeks }) => {
          const first = weeks[0]!;
          const last = weeks[weeks.length - 1]!;
          return (
            `<table class="schedule"><caption>Month ${month} · weeks ${first.number}–${last.number} · ${escapeHtml(formatDateRange(first.start, last.end))}</caption>` +
            '<thead><tr><th scope="col" class="col-week">Week</th><th scope="col" class="col-dates">Dates</th><th scope="col" class="col-items">Read and do</th><th scope="col" class="col-effort">Effort</th><th scope="col" class="col-done">Done</th></tr></thead>' +
            `<tbody>${weeks.map((week) => weekRow(week, options)).join('')}</tbody></table>`
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
