import { describe, expect, it } from 'vitest';
import { forEachInSlices, type SliceClock } from '../../src/lib/slices.ts';

/** A clock where each item's work takes `cost` units, and a log of work and pauses. */
function fakeClock(budgetMs: number, cost: Record<string, number>) {
  let time = 0;
  const log: string[] = [];
  const clock: SliceClock = { budgetMs, now: () => time, pause: async () => void log.push('pause') };
  const work = (item: string) => {
    log.push(item);
    time += cost[item] ?? 0;
  };
  return { clock, work, log };
}

describe('forEachInSlices', () => {
  it('pauses once a slice has used its budget, and only then', async () => {
    const { clock, work, log } = fakeClock(30, { a: 10, b: 10, c: 10, d: 25, e: 5, f: 1 });
    await forEachInSlices(['a', 'b', 'c', 'd', 'e', 'f'], work, clock);
    expect(log).toEqual(['a', 'b', 'c', 'pause', 'd', 'e', 'pause', 'f']);
  });

  it('does an item that takes longer than the budget alone in its slice', async () => {
    const { clock, work, log } = fakeClock(30, { a: 100, b: 100 });
    await forEachInSlices(['a', 'b'], work, clock);
    expect(log).toEqual(['a', 'pause', 'b']);
  });

  it('does not pause for work under the budget, nor for no work', async () => {
    const small = fakeClock(30, { a: 1, b: 1 });
    await forEachInSlices(['a', 'b'], small.work, small.clock);
    expect(small.log).toEqual(['a', 'b']);
    const none = fakeClock(30, {});
    await forEachInSlices([], none.work, none.clock);
    expect(none.log).toEqual([]);
  });

  it('waits for the pause before it goes on', async () => {
    let release!: () => void;
    let time = 0;
    const done: string[] = [];
    const run = forEachInSlices(['a', 'b'], (item) => (done.push(item), (time += 50)), {
      budgetMs: 30,
      now: () => time,
      pause: () => new Promise<void>((resolve) => (release = resolve)),
    });
    await Promise.resolve();
    expect(done).toEqual(['a']);
    release();
    await run;
    expect(done).toEqual(['a', 'b']);
  });
});
