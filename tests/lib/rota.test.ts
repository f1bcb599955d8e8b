/** The presenter rota and the design pairs, on hand-made weeks. */
import { describe, expect, it } from 'vitest';
import { makeRota, roundRobinPairs, type RotaMember } from '../../src/lib/schedule/rota.ts';
import type { ScheduledItem, ScheduleWeek } from '../../src/lib/schedule/types.ts';

const item = (key: string, kind: ScheduledItem['kind']): ScheduledItem => ({ key, kind, title: key, label: key, hours: 1 });
/** Week n meets on day n of January 2027; `items` are reading or design keys. */
const week = (number: number, ...keys: string[]): ScheduleWeek => ({
  number, phase: 'p', month: 1, start: '2027-01-01', end: '2027-01-07', meeting: `2027-01-${String(number).padStart(2, '0')}`, hours: 1, label: '',
  items: keys.map((key) => item(key, key.startsWith('paper:') ? 'reading' : 'design')),
});
const member = (name: string, ...away: string[]): RotaMember => ({ name, absent: away.map((day) => ({ from: day, to: day })) });
const six = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Femi'].map((name) => member(name));

describe('the presenter rota', () => {
  it('gives every paper meeting a presenter in turn, so six members present within one of each other', () => {
    const weeks = Array.from({ length: 29 }, (_, index) => week(index + 1, `paper:p${index + 1}`));
    const { presentations } = makeRota(weeks, six);
    expect(presentations.slice(0, 8).map((p) => `${p.week} ${p.presenter}`)).toEqual(['1 Ana', '2 Ben', '3 Chen', '4 Dara', '5 Eli', '6 Femi', '7 Ana', '8 Ben']);
    const counts = Object.values(Object.groupBy(presentations, (p) => p.presenter)).map((list) => list!.length);
    expect(counts.toSorted()).toEqual([4, 5, 5, 5, 5, 5]);
  });

  it('skips a member on a day away, who then presents next', () => {
    const weeks = [week(1, 'paper:a'), week(2, 'paper:b'), week(3, 'paper:c'), week(4, 'paper:d')];
    const members = [member('Ana'), member('Ben', '2027-01-02'), member('Chen')];
    expect(makeRota(weeks, members).presentations.map((p) => `${p.week} ${p.presenter}`)).toEqual(['1 Ana', '2 Chen', '3 Ben', '4 Ana']);
  });

  it('gives two papers of one meeting two presenters', () => {
    expect(makeRota([week(1, 'paper:a', 'paper:b')], six).presentations.map((p) => `${p.key} ${p.presenter}`)).toEqual(['paper:a Ana', 'paper:b Ben']);
  });

  it('is empty without members', () => {
    expect(makeRota([week(1, 'paper:a', 'design:x')], [])).toEqual({ presentations: [], pairs: [] });
  });

  it('is the same for the same members and weeks', () => {
    const weeks = [week(1, 'paper:a'), week(2, 'design:x'), week(3, 'paper:b')];
    expect(makeRota(weeks, six)).toEqual(makeRota(weeks, six));
  });
});

describe('design pairs', () => {
  it('change partners from one problem to the next', () => {
    const { pairs } = makeRota([week(1, 'design:x'), week(2, 'design:y')], six.slice(0, 4));
    expect(pairs).toEqual([
      { week: 1, key: 'design:x', pairs: [['Ana', 'Dara'], ['Ben', 'Chen']] },
      { week: 2, key: 'design:y', pairs: [['Ana', 'Chen'], ['Dara', 'Ben']] },
    ]);
  });

  it('make a three when the count is odd, and leave out who is away', () => {
    expect(roundRobinPairs(['Ana', 'Ben', 'Chen'], 0)).toEqual([['Ben', 'Chen', 'Ana']]);
    expect(roundRobinPairs(['Ana', 'Ben', 'Chen', 'Dara', 'Eli'], 0)).toEqual([['Ben', 'Eli', 'Ana'], ['Chen', 'Dara']]);
    const { pairs } = makeRota([week(3, 'design:x')], [member('Ana'), member('Ben', '2027-01-03'), member('Chen')]);
    expect(pairs[0]!.pairs).toEqual([['Ana', 'Chen']]);
  });
});
