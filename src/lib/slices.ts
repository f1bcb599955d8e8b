/**
 * Long work on the page in slices: after each `budgetMs` of work the browser gets a turn
 * (`pause`), so no single task keeps it from painting or answering input. Lighthouse counts every
 * task's time over 50 ms as blocking: on the 30x schedule the progress script added 3,300
 * checkboxes in one task of 374 ms (4x CPU throttling).
 */
export interface SliceClock {
  /** Work per slice before the next pause, in the units of `now`. */
  budgetMs: number;
  now(): number;
  /** Gives the browser a turn; resolves when the work may go on. */
  pause(): Promise<void>;
}

/** Calls `work` on every item in order, pausing whenever a slice has used its budget. */
export async function forEachInSlices<T>(items: Iterable<T>, work: (item: T) => void, clock: SliceClock): Promise<void> {
  let sliceStart = clock.now();
  for (const item of items) {
    if (clock.now() - sliceStart >= clock.budgetMs) {
      await clock.pause();
      sliceStart = clock.now();
    }
    work(item);
  }
}
