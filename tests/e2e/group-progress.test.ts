/**
 * /progress/group/ in Chromium: three members' exported files give the phase matrices, the
 * members behind the plan on a given day and the papers nobody has read; bad files are refused
 * with their reason and change nothing; file data never becomes markup; it fits a 390 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GroupPageData } from '../../src/lib/group-progress.ts';
import { exportProgress, type Progress } from '../../src/lib/progress.ts';
import { assertBuilt, readDist } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const site = useSiteInChromium();
const LABEL = 'Progress files exported from this site (.json), one per member';
const now = new Date('2027-01-19T09:00:00.000Z');
const ticked = (...keys: string[]): Progress => Object.fromEntries(keys.map((key) => [key, { at: '2027-01-12T18:00:00.000Z' }]));
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Ana has done everything due by 18 January 2027 and more; Ben misses two due items; Cy has read GFS only. */
const members = [
  file('ana.json', exportProgress(ticked('book:ddia:week-1', 'topic:tcp-ip-internals', 'paper:lamport-clocks', 'book:ddia:week-2', 'topic:udp', 'paper:flp-impossibility', 'paper:mapreduce', 'lab:epoll-echo-server', 'criterion:lab-1-crash-tests-pass', 'paper:raft'), now)),
  // A key from another copy or a later version of the site: ignored.
  file('ben.json', exportProgress(ticked('book:ddia:week-1', 'topic:tcp-ip-internals', 'paper:lamport-clocks', 'paper:flp-impossibility', 'paper:mapreduce', 'project:mapreduce', 'paper:from-a-later-copy'), now)),
  file('cy.json', exportProgress(ticked('paper:gfs'), now)),
];

let context: BrowserContext;
let page: Page;

beforeAll(() => assertBuilt());
afterEach(async () => context?.close());

async function open(viewport = { width: 1280, height: 900 }): Promise<void> {
  context = await site.browser.newContext({ viewport });
  page = await context.newPage();
  await page.goto(`${site.server.url}progress/group/`);
}

/** Picks files and waits until the page has handled them (its status names how many were loaded or refused). */
async function pick(files: ReturnType<typeof file>[], status: string): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-refusals]')!.replaceChildren());
  await page.getByLabel(LABEL).setInputFiles(files);
  await page.waitForFunction((text) => document.querySelector('[data-refusals] p')?.textContent === text, status);
}

/** A phase's matrix as rows of cell texts, header row first. */
const matrix = (caption: string) =>
  page.evaluate((text) => {
    const table = [...document.querySelectorAll('table')].find((candidate) => candidate.caption?.textContent === text);
    return table ? [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent)) : null;
  }, caption);

const fileList = () => page.locator('[data-file-list] li').allTextContents();
const behindList = () =>
  page.$$eval('[data-behind-list] > li', (items) => items.map((item) => [`${item.firstChild?.textContent}${item.childNodes[1]?.textContent}`, ...[...item.querySelectorAll('li')].map((li) => li.textContent)]));

describe('the group progress page', () => {
  it('shows a matrix per phase, who is behind on a given day and the papers nobody has read', async () => {
    await open();
    expect(await page.locator('[data-group-results]').isVisible()).toBe(false);
    await pick(members, 'Loaded 3 files.');

    expect(await fileList()).toEqual([
      'ana.json — row “ana”, 10 items ticked Remove ana.json',
      'ben.json — row “ben”, 7 items ticked (1 unknown to this site, ignored) Remove ben.json',
      'cy.json — row “cy”, 1 item ticked Remove cy.json',
    ]);
    expect(await page.locator('table caption').allTextContents()).toEqual([
      'Phase 1: Foundations (12 items)',
      'Phase 2: Core Algorithms (21 items)',
      'Phase 3: Production Systems (9 items)',
      'Phase 4: Advanced (17 items)',
    ]);
    expect(await matrix('Phase 1: Foundations (12 items)')).toEqual([
      ['Member', 'MapReduce', 'Criterion 1', 'Criterion 2', 'Criterion 3', 'Criterion 4', 'Criterion 5', 'TCP Echo Server with epoll', 'Lab 1: MapReduce', 'Lab 2: Raft Consensus (2A/2B)', 'Lab 3: Fault-Tolerant Key-Value Service', 'Project: MapReduce', 'Project: Fault-tolerant KV on Raft', 'Done'],
      ['ana', '✓', '✓', '', '', '', '', '✓', '', '', '', '', '', '3 of 12'],
      ['ben', '✓', '', '', '', '', '', '', '', '', '', '✓', '', '2 of 12'],
      ['cy', '', '', '', '', '', '', '', '', '', '', '', '', '0 of 12'],
    ]);
    expect((await matrix('Phase 2: Core Algorithms (21 items)'))!.map((row) => [row[0], row.slice(1, 8).join('|'), row.at(-1)])).toEqual([
      ['Member', 'Lamport Clocks|FLP Impossibility|GFS|Bigtable|Dynamo|Paxos Made Simple|Raft', 'Done'],
      ['ana', '✓|✓|||||✓', '3 of 21'],
      ['ben', '✓|✓|||||', '2 of 21'],
      ['cy', '||✓||||', '1 of 21'],
    ]);
    // Full titles for the short column names.
    expect(await page.locator('th[title="Can explain why Raft needs leader leases for stale-read avoidance"]').textContent()).toBe('Criterion 5');

    await page.getByLabel('Today').fill('2027-01-05');
    expect(await page.locator('[data-behind-summary]').textContent()).toBe('Nothing is due before 5 Jan 2027: the plan’s first week ends on 10 Jan 2027.');
    expect(await behindList()).toEqual([]);

    await page.getByLabel('Today').fill('2027-01-18');
    expect(await page.locator('[data-behind-summary]').textContent()).toBe('Before 18 Jan 2027 the plan’s first 2 weeks ended, with 6 items to tick. 2 of 3 behind:');
    expect(await behindList()).toEqual([
      ['ben: 2 of 6 due items not ticked', 'DDIA ch. 4: Encoding: JSON, Protobuf, Avro — schema evolution matters enormously', 'Study UDP and why it matters: Unreliable delivery, DNS, QUIC motivation'],
      [
        'cy: 6 of 6 due items not ticked',
        'DDIA ch. 1–3: Reliable/scalable/maintainable; data models; storage engines — B-trees vs. LSM trees',
        'Study TCP/IP internals: Handshake, flow control, congestion control, TIME_WAIT',
        'Read “Time, Clocks, and the Ordering of Events in a Distributed System” (Lamport Clocks, 1978, medium)',
        'DDIA ch. 4: Encoding: JSON, Protobuf, Avro — schema evolution matters enormously',
        'Study UDP and why it matters: Unreliable delivery, DNS, QUIC motivation',
        'Read “Impossibility of Distributed Consensus with One Faulty Process” (FLP Impossibility, 1985, hard)',
      ],
    ]);

    expect(await page.locator('[data-unread-summary]').textContent()).toBe('24 of 29 papers: nobody has ticked them as read.');
    expect(await page.$$eval('[data-unread-list] a', (links) => links.map((link) => link.textContent))).toContain('Bigtable: A Distributed Storage System for Structured Data');
    expect(await page.$$eval('[data-unread-list] li', (items) => items.map((item) => item.lastChild!.textContent))).toEqual(
      [
        'Bigtable', 'Dynamo', 'Paxos Made Simple', 'Spanner', 'CRDT Survey', 'Paxos Made Live', 'PBFT', 'Viewstamped Replication', 'ZooKeeper / ZAB',
        'Kafka', 'Cassandra', 'CockroachDB',
        'Two-Phase Commit', 'CRDTs', 'Vector clocks', 'COPS', 'Bolt-on causality', 'Calvin', 'EPaxos', 'Flexible Paxos', 'MVTO', 'Multi-Paxos', 'Percolator', 'RAMP',
      ].map((short) => ` (${short})`),
    );
    expect(await page.locator('[data-unread-list] a').first().getAttribute('href')).toBe('/papers/bigtable/');

    // Loaded, the page still passes axe (the empty page is checked in accessibility.test.ts).
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

  it('refuses bad files with their reason and changes nothing', async () => {
    await open();
    await pick(members, 'Loaded 3 files.');
    const before = [await fileList(), await matrix('Phase 1: Foundations (12 items)'), await page.locator('[data-unread-summary]').textContent()];
    const item = { at: '2027-01-05T10:00:00.000Z' };
    const bad = [
      { file: file('truncated.json', members[0]!.buffer.toString().slice(0, 80)), reason: 'This file is not a progress export: it is not valid JSON.' },
      {
        file: file('future.json', JSON.stringify({ format: 'ds-roadmap-progress', version: 99, exportedAt: '2030-01-01T00:00:00Z', items: {} })),
        reason: 'This file was exported by a newer version of the site (format version 99); this page reads version 1. Nothing was changed.',
      },
      { file: file('huge.json', ' '.repeat(5 * 1024 * 1024)), reason: 'This file is 5.0 MB; a progress export is a few KB, so files over 1 MB are not read. Nothing was changed.' },
      {
        file: file('script.json', JSON.stringify({ format: 'ds-roadmap-progress', version: 1, exportedAt: '2027-01-05T10:00:00.000Z', items: { 'paper:<script>window.injected=1</script>': item } })),
        reason: 'This progress file is damaged (items.paper:<script>window.injected=1</script>: is not an item id such as "paper:raft"). Nothing was changed.',
      },
      { file: members[1]!, reason: 'This file is already loaded (row “ben”).' },
    ];
    for (const { file: badFile, reason } of bad) {
      await pick([badFile], 'Not loaded: 1 file.');
      expect(await page.locator('.refusals li').allTextContents()).toEqual([`${badFile.name}: ${reason}`]);
      expect([await fileList(), await matrix('Phase 1: Foundations (12 items)'), await page.locator('[data-unread-summary]').textContent()]).toEqual(before);
    }
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });

  it('shows file names as text, not markup, and removes a file', async () => {
    await open();
    const name = '<img src=x onerror="window.injected=1">.json';
    await pick([members[0]!, file(name, exportProgress(ticked('paper:mapreduce'), now))], 'Loaded 2 files.');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect((await matrix('Phase 1: Foundations (12 items)'))!.map((row) => row[0])).toEqual(['Member', 'ana', '<img src=x onerror="window.injected=1">']);

    await page.getByRole('button', { name: `Remove ${name}` }).click();
    expect((await matrix('Phase 1: Foundations (12 items)'))!.map((row) => row[0])).toEqual(['Member', 'ana']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove ana.json');
    await page.getByRole('button', { name: 'Remove ana.json' }).click();
    expect(await page.locator('[data-group-results]').isVisible()).toBe(false);
    expect(await page.locator('[data-files-empty]').textContent()).toBe('No files loaded yet.');
  });

  it('fits a 390 px phone: the matrices scroll inside their own region, not the page', async () => {
    await open({ width: 390, height: 844 });
    await pick(members, 'Loaded 3 files.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const regions = page.locator('.table-wrap[role=region][tabindex="0"]');
    expect(await regions.count()).toBe(4);
    expect(await regions.first().evaluate((wrap) => wrap.scrollWidth > wrap.clientWidth)).toBe(true);
  });

  it('says it needs JavaScript when script is off', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${site.server.url}progress/group/`);
    expect(await page.locator('.no-js').textContent()).toContain('This page needs JavaScript');
    expect(await page.locator('.no-js').isVisible()).toBe(true);
    expect(await page.getByLabel(LABEL).isVisible()).toBe(false);
  });

  it('has the columns the phases’ progress bars count, in their order', () => {
    const data = JSON.parse(/<script type="application\/json" id="group-data">([\s\S]*?)<\/script>/.exec(readDist('progress/group/index.html'))![1]!) as GroupPageData;
    const bars = [...readDist('progress/index.html').matchAll(/data-progress-phase="([^"]+)" data-progress-items="([^"]*)"/g)].map((match) => [match[1], match[2]!.split(' ')]);
    expect(data.phases.map((phase) => [phase.id, phase.items.map((item) => item.key)])).toEqual(bars);
  });
});
