/**
 * The schedule page in Chromium: the personal-schedule form (hidden without JavaScript; with it,
 * the weeks and a calendar named for the reader from their own start, day, pace, time and time
 * zone, remembered on the next visit), "this week", and the done boxes, which tick the same
 * progress as the rest of the site.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
});

const weekOne = '#week-1 .week-dates';
const weeks = (page: Page) => page.locator('li.week[id^="week-"]').count();

async function makeMine(page: Page) {
  await page.getByLabel('Start date').fill('2028-02-24');
  await page.getByLabel('Study day').selectOption('tuesday');
  await page.getByLabel('Hours per week').fill('5');
  await page.getByLabel('Time', { exact: true }).fill('19:30');
  await page.getByLabel('Time zone').fill('Europe/Berlin');
  await page.getByRole('button', { name: 'Make my schedule' }).click();
  await madeSchedule(page);
}

/** Waits until the form has dated the plan (fetched when first needed) and said so. */
const madeSchedule = (page: Page, said: RegExp = /^Your schedule/) => page.locator('[data-personal-status]', { hasText: said }).waitFor();

describe('the schedule page', () => {
  it('shows the group’s schedule without JavaScript, and no form', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}schedule/`);
    expect(await page.locator('form.personal-form').isVisible()).toBe(false);
    expect(await page.locator(weekOne).innerText()).toBe('4–10 Jan 2027 · meets Thu 7 Jan · about 16 h');
    expect(await weeks(page)).toBe(144);
    expect(await page.locator('li.week.no-meeting').count()).toBe(4);
    await context.close();
  });

  it('makes a schedule and a calendar named for the reader, without the group’s name, place or link', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}schedule/`);
    await makeMine(page);

    expect(await page.locator(weekOne).innerText()).toBe('24 Feb – 1 Mar 2028 · meets Tue 29 Feb · about 7 h');
    expect(await weeks(page)).toBe(288);
    expect(await page.locator('.schedule-header').innerText()).toBe('Your own schedule\n\n24 Feb 2028 – 31 Aug 2033 · study Tuesdays at 19:30 (Europe/Berlin) · 5 hours a week');
    expect(await page.getByRole('status').innerText()).toBe('Your schedule: 288 weeks, 24 Feb 2028 – 31 Aug 2033, kept in this browser. The calendar download has your dates.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('my-schedule-from-2028-02-24.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My Distributed Systems Roadmap schedule');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(288);
    // 19:30 in Berlin: CET on 29 February (18:30 UTC), CEST from 26 March 2028 (17:30 UTC).
    expect(events.slice(3, 6).map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2028-03-21T18:30:00.000Z', '2028-03-28T17:30:00.000Z', '2028-04-04T17:30:00.000Z']);
    expect([events[0]!.uid, events[0]!.summary, events[0]!.location]).toEqual(['personal-2028-02-24-week-1@ds-roadmap.example.org', 'Lamport Clocks + DDIA ch. 1–3 + TCP/IP internals', null]);
    expect(text).not.toMatch(/Reading Group|meet\.example\.org|LOCATION/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores the reader’s schedule on the next visit, and forgets it when asked', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}schedule/`);
    await makeMine(page);
    await page.reload();
    await madeSchedule(page, /^Your schedule from your last visit/);
    expect(await page.getByLabel('Start date').inputValue()).toBe('2028-02-24');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
    expect(await page.locator(weekOne).innerText()).toBe('24 Feb – 1 Mar 2028 · meets Tue 29 Feb · about 7 h');
    expect(await page.getByRole('status').innerText()).toMatch(/^Your schedule from your last visit: 288 weeks/);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Back to the group’s schedule' }).click()]);
    expect(await page.locator(weekOne).innerText()).toBe('4–10 Jan 2027 · meets Thu 7 Jan · about 16 h');
    await context.close();
  });

  it('reschedules from today and keeps what was ticked, as ticked on the rest of the site', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-06-15T10:00:00Z'));
    await page.goto(`${site.server.url}schedule/`);
    const lamport = page.locator('#week-1 [data-progress="paper:lamport-clocks"] input[type=checkbox]');
    await lamport.check();
    await page.getByRole('button', { name: 'Reschedule from today' }).click();
    await madeSchedule(page, /It starts today/);
    expect(await page.locator(weekOne).innerText()).toBe('15–21 Jun 2027 · meets Thu 17 Jun · about 16 h');
    expect(await page.locator('#week-1 [data-progress="paper:lamport-clocks"] input[type=checkbox]').isChecked()).toBe(true);
    expect(await page.getByRole('status').innerText()).toMatch(/It starts today, 15 Jun 2027; what you have ticked stays ticked\.$/);
    await page.goto(`${site.server.url}papers/lamport-clocks/`);
    expect(await page.getByLabel('I have read this paper').isChecked()).toBe(true);
    await context.close();
  });

  it('points “this week” at the week that holds today', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-03-05T10:00:00Z'));
    await page.goto(`${site.server.url}schedule/`);
    const link = page.locator('[data-this-week]');
    expect([await link.innerText(), await link.getAttribute('href')]).toEqual(['This week: week 9', '#week-9']);
    expect(await page.locator('li.week[aria-current="date"]').getAttribute('id')).toBe('week-9');
    await context.close();
  });

  it('says what is wrong with a pace out of range and keeps the group’s schedule', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}schedule/`);
    // The browser's own range check would stop the form; a reader editing the page would not be stopped.
    await page.locator('input[name="hours"]').evaluate((input: HTMLInputElement) => {
      input.removeAttribute('max');
      input.value = '60';
    });
    await page.getByRole('button', { name: 'Make my schedule' }).click();
    expect(await page.getByRole('status').innerText()).toBe('Could not make the schedule: the hours per week must be from 2 to 40, not 60.');
    expect(await page.locator(weekOne).innerText()).toBe('4–10 Jan 2027 · meets Thu 7 Jan · about 16 h');
    await context.close();
  });

  it('says so when the plan does not load, keeps the group’s schedule, and makes it at the next try', async () => {
    // No service worker: it would answer from its precache, whatever the network does.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}schedule/`);
    await page.route('**/schedule/plan.json', (route) => route.abort('internetdisconnected'));
    await page.getByLabel('Start date').fill('2028-02-24');
    await page.getByRole('button', { name: 'Make my schedule' }).click();
    await madeSchedule(page, /^Could not/);
    expect(await page.getByRole('status').innerText()).toBe('Could not make the schedule: the plan did not load. Check the connection and try again.');
    expect(await page.locator(weekOne).innerText()).toBe('4–10 Jan 2027 · meets Thu 7 Jan · about 16 h');
    await page.unroute('**/schedule/plan.json');
    await page.getByRole('button', { name: 'Make my schedule' }).click();
    await madeSchedule(page);
    expect(await page.locator(weekOne).innerText()).toBe('24 Feb – 1 Mar 2028 · meets Thu 24 Feb · about 16 h');
    await context.close();
  });
});
