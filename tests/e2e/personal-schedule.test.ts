/**
 * The personal-schedule form on /schedule/: hidden without JavaScript (the page shows the
 * group's schedule), and with it, recomputes the tables and the downloadable .ics from the
 * reader's start date, meeting day and pace.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';


const site = useSiteInChromium();

beforeAll(async () => {
  assertBuilt();
});


const firstRow = '#week-1 .col-dates';

describe('the personal schedule', () => {
  it('is hidden without JavaScript, and the page shows the group’s schedule', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}schedule/`);
    expect(await page.locator('form.personal-form').isVisible()).toBe(false);
    expect(await page.locator(firstRow).innerText()).toBe('4–10 Jan 2027\nmeets Thu 7 Jan');
    expect(await page.locator('table.schedule tbody tr').count()).toBe(144);
    await context.close();
  });

  it('recomputes the dates and the calendar from the reader’s own start, day and pace', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}schedule/`);
    await page.getByLabel('Start date').fill('2028-02-24');
    await page.getByLabel('Meeting day').selectOption('tuesday');
    await page.getByLabel('Hours per week').fill('5');
    await page.getByRole('button', { name: 'Make my schedule' }).click();

    expect(await page.locator(firstRow).innerText()).toBe('24 Feb – 1 Mar 2028\nmeets Tue 29 Feb');
    expect(await page.locator('table.schedule tbody tr').count()).toBe(288);
    expect(await page.locator('[data-schedule-range]').first().innerText()).toBe('24 Feb 2028 – 31 Aug 2033');
    expect(await page.getByRole('status').innerText()).toBe('Your schedule: 288 weeks, 24 Feb 2028 – 31 Aug 2033. The calendar download now has your dates.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('schedule-from-2028-02-24.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(288);
    // 18:00 in London: GMT on 29 February, BST from 26 March 2028.
    expect(events.slice(0, 6).map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2028-02-29T18:00:00.000Z',
      '2028-03-07T18:00:00.000Z',
      '2028-03-14T18:00:00.000Z',
      '2028-03-21T18:00:00.000Z',
      '2028-03-28T17:00:00.000Z',
      '2028-04-04T17:00:00.000Z',
    ]);
    expect([events[0]!.uid, events[287]!.uid]).toEqual(['personal-2028-02-24-week-1@ds-roadmap.example.org', 'personal-2028-02-24-week-288@ds-roadmap.example.org']);
    expect(events[0]!.summary).toBe('Week 1 · Month 1 · Foundations');
    expect(events[0]!.description).toContain('- DDIA ch. 1–3: Reliable/scalable/maintainable; data models; storage engines — B-trees vs. LSM trees (week 1 of 2), about 3 h <https://ds-roadmap.example.org/books/#ddia>');
    expect(errors).toEqual([]);
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
    expect(await page.getByRole('status').innerText()).toBe('Could not make the schedule: hoursPerWeek must be from 2 to 40, not 60.');
    expect(await page.locator(firstRow).innerText()).toBe('4–10 Jan 2027\nmeets Thu 7 Jan');
    await context.close();
  });
});
