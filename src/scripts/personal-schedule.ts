/**
 * The personal-schedule form on /schedule/ (progressive enhancement: without JavaScript the
 * form stays hidden and the page shows the group's schedule). It dates the embedded plan with
 * the reader's own start, day and pace using the same schedule, table and calendar code as the
 * build, and offers the result as an .ics download.
 */
import { formatDateRange } from '../values/dates.ts';
import { toIcs } from '../lib/ics.ts';
import { withBase } from '../lib/routes.ts';
import { scheduleEvents, type MeetingSettings } from '../lib/schedule/calendar.ts';
import { scheduleTablesHtml } from '../lib/schedule/html.ts';
import { layoutSchedule } from '../lib/schedule/layout.ts';
import type { SchedulePlan } from '../lib/schedule/plan.ts';
import type { Weekday } from '../values/dates.ts';

interface PersonalData {
  plan: SchedulePlan;
  meeting: MeetingSettings;
  base: string;
  site: string;
  uidDomain: string;
  groupName: string;
}

export function enhancePersonalSchedule(document: Document): void {
  const section = document.querySelector<HTMLElement>('[data-personal-schedule]');
  const source = document.getElementById('personal-schedule-data');
  const tables = document.querySelector<HTMLElement>('[data-schedule-tables]');
  if (!section || !source || !tables) return;
  const data = JSON.parse(source.textContent ?? '{}') as PersonalData;
  const form = section.querySelector('form')!;
  const download = section.querySelector<HTMLAnchorElement>('[data-personal-download]')!;
  const status = section.querySelector<HTMLElement>('[data-personal-status]')!;
  const url = (path: string) => withBase(data.base, path);
  let objectUrl: string | undefined;
  section.hidden = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const start = String(fields.get('start'));
    const meetingWeekday = String(fields.get('weekday')) as Weekday;
    const hoursPerWeek = Number(fields.get('hours'));
    let schedule;
    try {
      schedule = layoutSchedule(data.plan, { start, meetingWeekday, hoursPerWeek });
    } catch (error) {
      status.textContent = `Could not make the schedule: ${(error as Error).message}.`;
      return;
    }
    tables.innerHTML = scheduleTablesHtml(schedule, { url, weekIds: true });
    const range = formatDateRange(schedule.start, schedule.end);
    document.querySelectorAll('[data-schedule-range]').forEach((element) => (element.textContent = range));
    document.querySelectorAll('[data-schedule-weekday]').forEach((element) => (element.textContent = `${meetingWeekday[0]!.toUpperCase()}${meetingWeekday.slice(1)}s`));
    document.querySelectorAll('[data-schedule-pace]').forEach((element) => (element.textContent = `${hoursPerWeek} hours a week`));

    const ics = toIcs({
      name: `My schedule (${data.groupName})`,
      description: `A personal schedule of the Distributed Systems Roadmap starting ${start}.`,
      // A download is made now, so now is its DTSTAMP.
      stamp: new Date(),
      events: scheduleEvents(schedule, data.meeting, {
        absolute: (path) => new URL(path.replace(/^\/+/, ''), data.site).href,
        uidDomain: data.uidDomain,
        uidPrefix: `personal-${start}`,
      }),
    });
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    download.href = objectUrl;
    download.download = `schedule-from-${start}.ics`;
    status.textContent = `Your schedule: ${schedule.weeks.length} weeks, ${range}. The calendar download now has your dates.`;
  });
}
