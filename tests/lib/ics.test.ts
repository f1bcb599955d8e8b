/** iCalendar text: escaping, folding at 75 octets, CRLF, and a round trip through ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, toIcs } from '../../src/lib/ics.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar serialisation', () => {
  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'x'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    // 12 + 31 × 2 octets fit the first line; the 32nd é would make it 76.
    expect(folded.map(octets)).toEqual([74, 75, 45]);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('counts 3- and 4-octet characters and folds ASCII lines at exactly 75 octets', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // 8 + 22 × 3 = 74 octets; the next → would make 77. Then a space, → and 17 🙂 (1 + 3 + 68 = 72): an 18th would pass 74.
    const line = `SUMMARY:${'→'.repeat(23)}${'🙂'.repeat(19)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets)).toEqual([74, 72, 9]);
    expect(folded[1]).toBe(` →${'🙂'.repeat(17)}`);
    expect(folded.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('writes UTC times in basic format', () => {
    expect(formatUtc(new Date('2027-01-07T18:00:00.000Z'))).toBe('20270107T180000Z');
  });

  it('writes a calendar that ical.js reads back field for field, with CRLF line ends', () => {
    const text = toIcs({
      name: 'Group; A, B',
      stamp: new Date('2026-11-28T00:00:00Z'),
      events: [
        {
          uid: 'group-week-1@example.org',
          start: new Date('2027-01-07T18:00:00Z'),
          end: new Date('2027-01-07T19:30:00Z'),
          summary: 'Week 1 · Month 1 · Foundations',
          description: `Plan:\n- Read “Paxos Made Simple”, about 6 h; then\\discuss ${'long '.repeat(30)}`,
          location: 'Room 1, Library',
          url: 'https://example.org/schedule/#week-1',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n') && octets(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js does not know X-WR-CALNAME's type, so it keeps the escapes.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Group\\; A\\, B');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect([event.uid, event.summary, event.location]).toEqual(['group-week-1@example.org', 'Week 1 · Month 1 · Foundations', 'Room 1, Library']);
    expect(event.description).toBe(`Plan:\n- Read “Paxos Made Simple”, about 6 h; then\\discuss ${'long '.repeat(30)}`);
    expect([event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()]).toEqual(['2027-01-07T18:00:00.000Z', '2027-01-07T19:30:00.000Z']);
    expect(vevent!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-28T00:00:00Z');
  });
});
