/** The schedule's HTML: each week card's size guess (weekHeightBound, read by schedule.css). */
import { describe, expect, it } from 'vitest';
import { weekHeightBound } from '../../src/lib/schedule/html.ts';
import type { ScheduledItem, ScheduleWeek } from '../../src/lib/schedule/types.ts';

const item = (title: string, extra: Partial<ScheduledItem> = {}): ScheduledItem => ({ key: `paper:${title.length}`, kind: 'reading', title, label: title, hours: 4, ...extra });
const week = (items: ScheduledItem[], label = 'Raft'): ScheduleWeek => ({ number: 9, phase: 'core', month: 3, start: '2027-03-01', end: '2027-03-07', meeting: '2027-03-04', items, hours: 5, label });

describe('weekHeightBound', () => {
  it('adds the head, each item line by line at 20 characters and each note at 24, in rem, rounded up', () => {
    // Head: "Week 9" and a one-line label at 1.35rem, the dates line (42 characters: two lines of 1.36rem), 0.15rem between.
    // "Read Raft 4 h": one line (0.4 + 1.55). 30 characters, "(week 2 of 3)" and "6 h": 48, three lines (0.4 + 4.65), and a 30-character note, two small lines (2.72).
    // 1.3 (padding and gap) + 5.57 + 1.95 + 7.77 = 16.59.
    expect(weekHeightBound(week([item('Read Raft'), item('x'.repeat(30), { hours: 6, part: { index: 2, of: 3 }, note: 'n'.repeat(30) })]))).toBe(17);
  });

  it('grows with the text a card holds: a longer label, title or note', () => {
    const base = weekHeightBound(week([item('Read Raft')]));
    expect(base).toBe(9);
    expect(weekHeightBound(week([item('Read Raft')], 'A label of forty-one characters, or more'))).toBeGreaterThan(base);
    expect(weekHeightBound(week([item('Read “In Search of an Understandable Consensus Algorithm” (Raft, 2014, medium)')]))).toBeGreaterThan(base);
    expect(weekHeightBound(week([item('Read Raft', { note: 'Moved after Paxos.' })]))).toBeGreaterThan(base);
  });
});
