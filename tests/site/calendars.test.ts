/**
 * Every calendar in the built site, parsed with ical.js: one event per weekly meeting of the
 * group in content/study-group.yaml (Thursdays 18:00 Europe/London from 4 Jan 2027, 90 minutes),
 * stable UIDs shared between the whole and the per-phase calendars, RFC 5545 line rules.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { paperGuide } from '../../src/lib/guide.ts';
import { assertBuilt, distFiles, readDist } from '../support/dist.ts';

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  stamp: string;
}

const calendars = new Map<string, { text: string; events: ParsedEvent[] }>();

beforeAll(() => {
  assertBuilt();
  for (const file of distFiles().filter((name) => name.endsWith('.ics'))) {
    const text = readDist(file);
    const root = new ICAL.Component(ICAL.parse(text));
    const events = root.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        summary: event.summary,
        description: event.description,
        location: event.location,
        url: String(vevent.getFirstPropertyValue('url')),
        stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      };
    });
    calendars.set(file, { text, events });
  }
});

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('the calendars', () => {
  it('are the whole schedule and one per phase, with one event per week', () => {
    expect([...calendars].map(([file, { events }]) => `${file} ${events.length}`)).toEqual([
      'schedule.ics 144',
      'schedule/advanced.ics 72',
      'schedule/core-algorithms.ics 24',
      'schedule/foundations.ics 12',
      'schedule/production-systems.ics 36',
    ]);
  });

  it('follow RFC 5545 line rules: CRLF only, at most 75 octets a line, a fixed DTSTAMP', () => {
    for (const [file, { text, events }] of calendars) {
      expect(text.endsWith('\r\n'), file).toBe(true);
      const lines = text.split('\r\n').slice(0, -1);
      expect(lines.filter((line) => line.includes('\n') || line.includes('\r')), file).toEqual([]);
      expect(lines.filter((line) => octets(line) > 75), file).toEqual([]);
      expect(new Set(events.map((event) => event.stamp)), file).toEqual(new Set(['2026-11-28T00:00:00Z']));
    }
  });

  it('give each meeting a stable UID that the phase calendars share', () => {
    const whole = calendars.get('schedule.ics')!.events;
    expect(whole.map((event) => event.uid)).toEqual(whole.map((_, index) => `group-week-${index + 1}@ds-roadmap.example.org`));
    const phases = ['foundations', 'core-algorithms', 'production-systems', 'advanced'].flatMap((phase) => calendars.get(`schedule/${phase}.ics`)!.events);
    expect(phases.map((event) => event.uid)).toEqual(whole.map((event) => event.uid));
  });

  it('keep the meeting at 18:00 London time across the clock changes', () => {
    const whole = calendars.get('schedule.ics')!.events;
    // Week 12 meets on 25 March 2027 (GMT), week 13 on 1 April (BST, from 28 March); week 43 on 28 October 2027 (BST ends 31 October), week 44 on 4 November (GMT).
    expect([12, 13, 43, 44].map((week) => `${whole[week - 1]!.start} ${whole[week - 1]!.end}`)).toEqual([
      '2027-03-25T18:00:00.000Z 2027-03-25T19:30:00.000Z',
      '2027-04-01T17:00:00.000Z 2027-04-01T18:30:00.000Z',
      '2027-10-28T17:00:00.000Z 2027-10-28T18:30:00.000Z',
      '2027-11-04T18:00:00.000Z 2027-11-04T19:30:00.000Z',
    ]);
    // Four winter-holiday meetings are skipped, so the last meeting is four weeks later: 1 November 2029 (GMT).
    expect(whole[143]!.start).toBe('2029-11-01T18:00:00.000Z');
  });

  it('have no event on a skipped day, and one event per meeting', () => {
    const whole = calendars.get('schedule.ics')!.events;
    expect(whole).toHaveLength(144);
    const days = new Set(whole.map((event) => event.start.slice(0, 10)));
    expect(['2027-12-23', '2027-12-30', '2028-12-21', '2028-12-28'].filter((day) => days.has(day))).toEqual([]);
    expect(['2027-12-16', '2028-01-06'].every((day) => days.has(day))).toBe(true);
  });

  it('describe the week’s readings with a link to each, the presenter and the question, and link to the meeting’s page', () => {
    // The question as the paper's guide writes it (content/papers/lamport-clocks.mdx).
    const guide = paperGuide(readFileSync('content/papers/lamport-clocks.mdx', 'utf8').split(/^---$/m).slice(2).join('---'), () => undefined)!;
    const [lamportBasis, lamportQuestion] = [guide.basis, guide.questionText];
    const first = calendars.get('schedule.ics')!.events[0]!;
    expect(first).toMatchObject({
      summary: 'Distributed Systems Reading Group: Lamport Clocks + DDIA ch. 1–3 + TCP/IP internals',
      location: 'Online',
      url: 'https://ds-roadmap.example.org/schedule/week-1/',
    });
    expect(first.description).toBe(
      [
        'Week 1, month 1 of the roadmap (Phase 1, Foundations), about 16 h:',
        '- DDIA ch. 1–3: Reliable/scalable/maintainable; data models; storage engines — B-trees vs. LSM trees, about 6 h <https://ds-roadmap.example.org/books/ddia/>',
        '- Study TCP/IP internals: Handshake, flow control, congestion control, TIME_WAIT, about 3 h <https://ds-roadmap.example.org/phases/foundations/>',
        '- TCP Echo Server with epoll (week 1 of 4), about 3 h <https://ds-roadmap.example.org/labs/epoll-echo-server/>',
        '- Read “Time, Clocks, and the Ordering of Events in a Distributed System” (Lamport Clocks, 1978, medium), about 4 h <https://ds-roadmap.example.org/papers/lamport-clocks/>',
        '  Moved forward from Phase 2: needed for Raft, which is read as “Lab 2: Raft Consensus (2A/2B)” starts.',
        'Presenter: Ana (Lamport Clocks)',
        `Question to answer before the meeting (Lamport Clocks, ${lamportBasis}): ${lamportQuestion}`,
        '',
        'Join: https://meet.example.org/ds-roadmap',
      ].join('\n'),
    );
    const raftWeek = calendars.get('schedule/foundations.ics')!.events[8]!;
    expect(raftWeek.summary).toBe('Distributed Systems Reading Group: Raft + Lab 2 kick-off');
    expect(raftWeek.url).toBe('https://ds-roadmap.example.org/schedule/week-9/');
    expect(raftWeek.description).toContain('Presenter: Chen (Raft)\nQuestion to answer before the meeting (Raft, §5.4.2, Figure 8): In Figure 8(c), S1 has become leader again');
    expect(raftWeek.description).toContain('- Read “In Search of an Understandable Consensus Algorithm” (Raft, 2014, medium), about 4 h <https://ds-roadmap.example.org/papers/raft/>');
  });

  it('match the dated plan in /api/schedule.json, meeting for meeting', () => {
    const plan = JSON.parse(readDist('api/schedule.json')) as {
      version: number;
      group: string;
      weeks: Array<{ number: number; meetingStart: string; title: string; items: Array<{ key: string; url?: string; note?: string }> }>;
      breaks: Array<{ meeting: string; reason: string }>;
    };
    const whole = calendars.get('schedule.ics')!.events;
    expect([plan.version, plan.group, plan.weeks.length]).toEqual([1, 'Distributed Systems Reading Group', 144]);
    expect(plan.weeks.map((week) => week.meetingStart)).toEqual(whole.map((event) => event.start));
    expect(plan.weeks.map((week) => `${plan.group}: ${week.title}`)).toEqual(whole.map((event) => event.summary));
    expect(plan.weeks[8]!.items.map((item) => [item.key, item.url])).toEqual([
      ['lab:mit-6824-lab-2-raft', 'https://ds-roadmap.example.org/labs/mit-6824-lab-2-raft/'],
      ['paper:raft', 'https://ds-roadmap.example.org/papers/raft/'],
    ]);
    expect(plan.breaks.map((pause) => `${pause.meeting} ${pause.reason}`)).toEqual(['2027-12-23 Winter holidays', '2027-12-30 Winter holidays', '2028-12-21 Winter holidays', '2028-12-28 Winter holidays']);
  });

  it('link every paper meeting to its page, which names the presenter and shows the question', () => {
    const whole = calendars.get('schedule.ics')!.events;
    const paperMeetings = whole.filter((event) => event.description.includes('Presenter: '));
    expect(paperMeetings).toHaveLength(29);
    for (const event of paperMeetings) {
      const page = readDist(`${new URL(event.url).pathname.slice(1)}index.html`);
      const presenter = /Presenter: (\w+) \(/.exec(event.description)![1]!;
      expect(page, event.url).toContain(`<strong>Presenter:</strong> ${presenter}`);
      expect(page, event.url).toContain('Question to answer before the meeting:');
    }
  });
});
