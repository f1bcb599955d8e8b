/**
 * The site offline, in Chromium: after one visit the service worker has precached every file, so
 * pages never visited, the search (Pagefind), the personal schedule, the calendar and the BibTeX
 * load with the network off, at / and under /study/. Two copies on one host keep their own progress, and a new build
 * reaches an installed client through "Reload" without losing progress.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchChromiumProfile } from '../support/browser.ts';
import { assertBuilt, DIST } from '../support/dist.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';

const STUDY = resolve('test-results/build-study');
let browser: Awaited<ReturnType<typeof launchChromium>>;
const servers: RunningServer[] = [];
const copies: string[] = [];

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

async function serve(root: string, options: Parameters<typeof serveStatic>[1] = {}): Promise<RunningServer> {
  // Without the worker the tests below would wait for it forever.
  if (!existsSync(join(root, 'sw.js'))) throw new Error(`${root} has no sw.js: build it with \`npm run build\` (npm test does).`);
  const server = await serveStatic(root, options);
  servers.push(server);
  return server;
}

/** Opens `url` and waits until its service worker is active and controls the page: everything is precached then. */
async function visitAndInstall(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  return page;
}

/** A file's text fetched by the page, so through its service worker. */
const fetchText = (page: Page, url: string) => page.evaluate(async (address) => (await fetch(address)).text(), url);

async function checkOffline(base: string, url: string): Promise<void> {
  const context = await browser.newContext();
  const page = await visitAndInstall(context, url);
  await context.setOffline(true);
  const headings: string[] = [];
  for (const path of ['papers/raft/', 'handbook/', 'schedule/', 'schedule/week-9/', 'books/ddia/']) {
    await page.goto(`${url}${path}`);
    headings.push((await page.locator('h1').textContent())!.trim());
  }
  expect(headings).toEqual(['In Search of an Understandable Consensus Algorithm', 'Distributed Systems Roadmap handbook', 'Study schedule', 'Week 9: Raft + Lab 2 kick-off', expect.stringMatching(/^Designing Data-Intensive Applications/)]);
  // The personal schedule fetches its plan when a reader makes one: from the cache, offline.
  await page.goto(`${url}schedule/`);
  await page.getByLabel('Start date').fill('2028-02-24');
  await page.getByRole('button', { name: 'Make my schedule' }).click();
  await page.locator('[data-personal-status]', { hasText: /^Your schedule: / }).waitFor();
  expect(await page.locator('[data-personal-status]').innerText()).toBe('Your schedule: 144 weeks, 24 Feb 2028 – 27 Nov 2030, kept in this browser. The calendar download has your dates.');
  await page.goto(`${url}search/?q=Lamport`);
  await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  expect(await page.locator('.search-results a').first().textContent()).toBe('Time, Clocks, and the Ordering of Events in a Distributed System');
  expect(await fetchText(page, `${url}schedule.ics`)).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(await fetchText(page, `${url}bibliography.bib`)).toContain('@article{lamport1978time,');
  expect(JSON.parse(await fetchText(page, `${url}api/curriculum.json`)).papers).toHaveLength(29);
  // The network is really off: what the worker has not cached does not load.
  expect(await page.evaluate(async (address) => fetch(address).then(() => 'loaded', () => 'failed'), `${url}not-in-the-build.txt`)).toBe('failed');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${new URL(url).origin}${base}sw.js`);
  await context.close();
}

describe('offline', () => {
  it('serves unvisited pages, search, the personal schedule, the calendar and the BibTeX with the network off', async () => {
    const server = await serve(DIST);
    await checkOffline('/', server.url);
  });

  it('does the same for a copy under /study/', async () => {
    const server = await serve(STUDY, { base: '/study/' });
    await checkOffline('/study/', server.url);
  });

  it('keeps the progress of two copies on one host apart', async () => {
    const server = await serve(DIST, { also: [{ root: STUDY, base: '/study/' }] });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}papers/raft/`);
    await page.getByLabel('I have read this paper').check();
    await page.goto(`${server.url}study/papers/raft/`);
    expect(await page.getByLabel('I have read this paper').isChecked()).toBe(false);
    await page.getByLabel('I have read this paper').check();
    await page.goto(`${server.url}study/papers/paxos-made-simple/`);
    await page.keyboard.press('m');
    expect(await page.getByLabel('I have read this paper').isChecked()).toBe(true);
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, Object.keys(JSON.parse(localStorage.getItem(key)!)).sort()])));
    expect(stored).toEqual({ 'ds-roadmap-progress/v1@/': ['paper:raft'], 'ds-roadmap-progress/v1@/study/': ['paper:paxos-made-simple', 'paper:raft'] });
    await context.close();
  });

  it('updates an installed client to a new build when the reader reloads, keeping progress', async () => {
    const root = mkdtempSync(join(tmpdir(), 'offline-'));
    copies.push(root);
    cpSync(DIST, root, { recursive: true });
    const server = await serve(root);
    const context = await browser.newContext();
    const page = await visitAndInstall(context, `${server.url}papers/raft/`);
    await page.getByLabel('I have read this paper').check();

    // A new build: one page changed, and its service worker written again.
    const handbook = join(root, 'handbook/index.html');
    writeFileSync(handbook, readFileSync(handbook, 'utf8').replace('>Distributed Systems Roadmap handbook<', '>Distributed Systems Roadmap handbook, second edition<'));
    const written = spawnSync(process.execPath, ['scripts/write-service-worker.ts', root], { encoding: 'utf8' });
    expect(written.status, written.stderr).toBe(0);

    await page.goto(`${server.url}handbook/`);
    expect(await page.locator('h1').textContent()).toBe('Distributed Systems Roadmap handbook');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is available.' });
    await notice.waitFor();
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Distributed Systems Roadmap handbook, second edition');
    await page.goto(`${server.url}papers/raft/`);
    expect(await page.getByLabel('I have read this paper').isChecked()).toBe(true);
    await context.close();
  });

  it("passes Chromium's installability checks (its own list, as the install prompt uses)", async () => {
    const server = await serve(DIST);
    // Chromium does not install from an incognito window, which a plain Playwright context is.
    const profile = mkdtempSync(join(tmpdir(), 'profile-'));
    copies.push(profile);
    const context = await launchChromiumProfile(profile);
    const page = await visitAndInstall(context, server.url);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
    const manifest = (await session.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
    expect([manifest.url, manifest.errors]).toEqual([`${server.url}manifest.webmanifest`, []]);
    await context.close();
  });
});
