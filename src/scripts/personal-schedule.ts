/**
 * The personal-schedule form on /schedule/ (progressive enhancement: without JavaScript the
 * form stays hidden and the page shows the group's schedule). It dates the plan (fetched from
 * /schedule/plan.json when first needed, and precached for offline use like every file) with the
 * reader's own start, day, pace, time and time zone using the same schedule, list and calendar
 * code as the build, keeps those settings in this browser (restored on the next visit),
 * offers the result as an .ics named for the reader, and marks the current week.
 */
import { absoluteUrl, withBase } from '../lib/routes.ts';
import { parsePersonalSettings, personalCalendar, personalStorageKey, serializePersonalSettings, settingsProblem, type PersonalSettings } from '../lib/personal-schedule.ts';
import { scheduleTablesHtml } from '../lib/schedule/html.ts';
import { layoutSchedule, type Schedule } from '../lib/schedule/layout.ts';
import type { SchedulePlan } from '../lib/schedule/plan.ts';
import { formatDate, formatDateRange, type Weekday } from '../values/dates.ts';
import { markThisWeek } from './this-week.ts';

interface PersonalData {
  /** Where the undated plan is (routes.schedulePlan, with the base path). */
  planUrl: string;
  base: string;
  origin: string;
  uidDomain: string;
}

/** Today in the reader's own calendar, `YYYY-MM-DD`. */
const today = () => new Date().toLocaleDateString('en-CA');

export function enhancePersonalSchedule(document: Document): void {
  markThisWeek(document, today());
  const section = document.querySelector<HTMLElement>('[data-personal-schedule]');
  const source = document.getElementById('personal-schedule-data');
  const tables = document.querySelector<HTMLElement>('[data-schedule-tables]');
  if (!section || !source || !tables) return;
  const data = JSON.parse(source.textContent ?? '{}') as PersonalData;
  const form = section.querySelector('form')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const download = section.querySelector<HTMLAnchorElement>('[data-personal-download]')!;
  const status = section.querySelector<HTMLElement>('[data-personal-status]')!;
  const key = personalStorageKey(data.base);
  let objectUrl: string | undefined;
  section.hidden = false;
  // One fetch of the plan, started when the reader first touches the form so it is there by the
  // time they submit; a failed fetch is tried again at the next submit.
  let plan: Promise<SchedulePlan> | undefined;
  const loadPlan = () =>
    (plan ??= fetch(data.planUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<SchedulePlan>;
      })
      .catch((error: unknown) => {
        plan = undefined;
        throw error;
      }));
  form.addEventListener('focusin', () => void loadPlan().catch(() => {}), { once: true });
  const zone = field('timeZone') as HTMLInputElement;
  if (!zone.value) zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = document.getElementById('time-zones');
  if (zones && !zones.childElementCount) zones.append(...Intl.supportedValuesOf('timeZone').map((name) => Object.assign(document.createElement('option'), { value: name })));

  const read = (): PersonalSettings => ({
    start: field('start').value,
    weekday: field('weekday').value as Weekday,
    hoursPerWeek: Number(field('hours').value),
    time: field('time').value,
    timeZone: field('timeZone').value.trim(),
  });
  const fill = (settings: PersonalSettings) => {
    field('start').value = settings.start;
    field('weekday').value = settings.weekday;
    field('hours').value = String(settings.hoursPerWeek);
    field('time').value = settings.time;
    field('timeZone').value = settings.timeZone;
  };

  const show = (schedule: Schedule, settings: PersonalSettings) => {
    tables.innerHTML = scheduleTablesHtml(schedule, { url: (path) => withBase(data.base, path), weekIds: true });
    const range = formatDateRange(schedule.start, schedule.end);
    const day = `${settings.weekday[0]!.toUpperCase()}${settings.weekday.slice(1)}s`;
    const set = (selector: string, text: string) => document.querySelectorAll(selector).forEach((element) => (element.textContent = text));
    set('[data-schedule-name]', 'Your own schedule');
    set('[data-schedule-range]', range);
    set('[data-schedule-meeting]', `study ${day} at ${settings.time} (${settings.timeZone})`);
    set('[data-schedule-pace]', `${settings.hoursPerWeek} hours a week`);
    document.querySelectorAll<HTMLElement>('[data-schedule-group-only]').forEach((element) => (element.hidden = true));
    const ics = personalCalendar(schedule, settings, { absolute: (path) => absoluteUrl(data.origin, data.base, path), uidDomain: data.uidDomain }, new Date());
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    download.href = objectUrl;
    download.download = `my-schedule-from-${settings.start}.ics`;
    status.textContent = `Your schedule: ${schedule.weeks.length} weeks, ${range}, kept in this browser. The calendar download has your dates.`;
    markThisWeek(document, today());
    document.dispatchEvent(new CustomEvent('schedule-rendered'));
  };

  const apply = async (settings: PersonalSettings, remember: boolean): Promise<boolean> => {
    const problem = settingsProblem(settings);
    if (problem) {
      status.textContent = `Could not make the schedule: ${problem}.`;
      return false;
    }
    let undated: SchedulePlan;
    status.textContent = 'Making your schedule…';
    try {
      undated = await loadPlan();
    } catch {
      status.textContent = 'Could not make the schedule: the plan did not load. Check the connection and try again.';
      return false;
    }
    show(layoutSchedule(undated, { start: settings.start, meetingWeekday: settings.weekday, hoursPerWeek: settings.hoursPerWeek }), settings);
    if (remember) {
      try {
        localStorage.setItem(key, serializePersonalSettings(settings));
      } catch {
        status.textContent += ' (This browser would not store it, so it lasts until you leave the page.)';
      }
    }
    return true;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply(read(), true);
  });
  section.querySelector('[data-personal-today]')!.addEventListener('click', async () => {
    const settings = { ...read(), start: today() };
    if (await apply(settings, true)) {
      fill(settings);
      status.textContent += ` It starts today, ${formatDate(settings.start)}; what you have ticked stays ticked.`;
    }
  });
  section.querySelector('[data-personal-forget]')!.addEventListener('click', () => {
    localStorage.removeItem(key);
    location.reload();
  });

  const stored = parsePersonalSettings(localStorage.getItem(key));
  if (stored) {
    fill(stored);
    void apply(stored, false).then((made) => {
      if (made) status.textContent = `Your schedule from your last visit: ${status.textContent?.replace(/^Your schedule: /, '')}`;
    });
  }
}
