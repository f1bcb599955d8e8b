/**
 * Under `astro dev`, the content's current problems, where pages find them. The loaders check the
 * content on every change, but a failed check leaves the last good entries in Astro's store, so a
 * page would show stale content with the problems only in the terminal. Pages throw them instead
 * (src/data/curriculum.ts), and Astro's error overlay shows the same `file:line` report as the
 * terminal and the build. Kept on globalThis: the loaders and the pages are separate module instances.
 */
import type { ContentValidationError } from './problem.ts';

const slot = Symbol.for('ds-roadmap-site.content-problems');
const store = globalThis as typeof globalThis & { [slot]?: ContentValidationError };

/** Records the latest check's problems (none: `undefined`). */
export function setCurrentProblems(error: ContentValidationError | undefined): void {
  if (error) store[slot] = error;
  else delete store[slot];
}

/** The latest check's problems, if it had any. */
export const currentProblems = (): ContentValidationError | undefined => store[slot];
