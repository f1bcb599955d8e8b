/**
 * Reading and study progress, kept in the reader's browser. Pure functions only: the DOM glue
 * is in src/scripts/progress-ui.ts. Progress is keyed by stable content ids (`paper:raft`,
 * `criterion:core-explain-flp`, `lab:raft-from-scratch`, `project:kafka-clone`); ids that no
 * longer exist on the site are kept, so no progress is lost when content changes.
 */
export const PROGRESS_FORMAT = 'ds-roadmap-progress';
export const PROGRESS_VERSION = 1;
/**
 * The localStorage key of one copy of the site: the version is part of it so a future format
 * never misreads this one, and the base path, so two groups' copies on one host (under /a/ and
 * /b/) keep their own progress.
 */
export const progressStorageKey = (base: string) => `${PROGRESS_FORMAT}/v${PROGRESS_VERSION}@${base}`;
/** Where progress was kept before copies were told apart; each copy takes it over once, if it has none. */
export const LEGACY_STORAGE_KEY = `${PROGRESS_FORMAT}/v${PROGRESS_VERSION}`;

export const progressKinds = ['paper', 'criterion', 'lab', 'project', 'design'] as const;
export type ProgressKind = (typeof progressKinds)[number];
/**
 * `paper:raft`, `criterion:core-explain-flp`, ... and the schedule's items, which tick the same
 * progress: `book:ddia:week-1`, `topic:udp`, `design:rate-limiter:critique`, `review:paper:raft`.
 */
export const ITEM_KEY = /^(paper|criterion|lab|project|book|topic|system|design|open-source|review):[a-z0-9]+(?:[-:][a-z0-9]+)*$/;

/** The stored state: which items are ticked, and when. */
export type Progress = Record<string, { at: string }>;

export const itemKey = (kind: ProgressKind, id: string) => `${kind}:${id}`;

export function toggle(progress: Progress, key: string, ticked: boolean, now: Date): Progress {
  const next = { ...progress };
  if (ticked) next[key] = { at: now.toISOString() };
  else delete next[key];
  return next;
}

/** The file a reader downloads; keys sorted so two exports of the same state are identical. */
export function exportProgress(progress: Progress, now: Date): string {
  const items = Object.fromEntries(Object.keys(progress).sort().map((key) => [key, progress[key]!]));
  const file = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), items };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads what localStorage holds; `undefined` when it holds something unreadable, which the
 * caller leaves untouched. (No zod here: this runs on every page with progress controls, and
 * the import-file validator in progress-file.ts is loaded only when a file is imported.)
 */
export function parseStored(text: string | null): Progress | undefined {
  if (text === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!ITEM_KEY.test(key) || !value || typeof (value as { at?: unknown }).at !== 'string') return undefined;
  }
  return data as Progress;
}

export interface ImportPlan {
  next: Progress;
  /** Ticked by the import. */
  added: string[];
  /** Unticked by the import (only when replacing). */
  removed: string[];
  /** Ticked before and after. */
  kept: string[];
}

/** What importing `incoming` would do, merged into or replacing `current`. */
export function planImport(current: Progress, incoming: Progress, mode: 'merge' | 'replace'): ImportPlan {
  const next: Progress = mode === 'merge' ? { ...incoming, ...current } : { ...incoming };
  const before = new Set(Object.keys(current));
  const after = new Set(Object.keys(next));
  return {
    next,
    added: [...after].filter((key) => !before.has(key)).sort(),
    removed: [...before].filter((key) => !after.has(key)).sort(),
    kept: [...after].filter((key) => before.has(key)).sort(),
  };
}

/** How many of `keys` are ticked. */
export function countDone(progress: Progress, keys: readonly string[]): { done: number; total: number } {
  return { done: keys.filter((key) => key in progress).length, total: keys.length };
}

/** The first paper in reading order that is not read yet. */
export function nextUp(progress: Progress, readingOrder: readonly string[]): string | undefined {
  return readingOrder.find((id) => !(itemKey('paper', id) in progress));
}

/** Where a copy of the site remembers when its progress was last exported (an ISO date-time). */
export const exportedAtKey = (base: string) => `${PROGRESS_FORMAT}-exported/v${PROGRESS_VERSION}@${base}`;

/** The reminder on /progress/: how long since the last export, in whole days. */
export function exportReminder(lastExported: string | null, now: Date, ticked: number): string {
  const items = `${ticked} ticked item${ticked === 1 ? '' : 's'}`;
  const then = lastExported ? Date.parse(lastExported) : Number.NaN;
  if (Number.isNaN(then)) return ticked ? `Not exported yet: ${items}.` : 'Nothing ticked yet.';
  const days = Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
  const when = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  return `Last exported ${when}; ${items} now.`;
}
