/**
 * Formats references in a worker thread. citeproc (through citation-js) takes about a
 * millisecond per reference and style, and a curriculum 30 times the roadmap's has 2,600 of
 * them: on the main thread that was a quarter of the build. In a worker it runs on the other
 * core while Astro syncs content, bundles and renders pages.
 *
 * The thread runs format-worker.ts, found through the package import `#reference-formatter`
 * (package.json "imports"): Astro bundles this module into its prerender chunks, where a path
 * relative to this file would point nowhere, but the package's own imports resolve the same
 * from the sources and from any chunk inside the project.
 *
 * One thread per process, which takes one job after another: citeproc's set-up (loading it, its
 * locale, each style's engine, its JIT warm-up) is 1.5 s of CPU, paid once. Under `astro dev` an
 * edit to a paper formats that paper again in milliseconds instead of starting a thread (2.3 s
 * before the page showed the new title). The thread does not keep the process alive when no one
 * waits for a job.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CslItem } from './csl-json.ts';

/** What to format: each item alone in every style, and lists of items in one style. */
export interface FormatJob {
  styles: ReadonlyArray<{ id: string; xml: string }>;
  /** Formatted one at a time: no list effects (numbering, 2011a/2011b). */
  items: CslItem[];
  /** Formatted as reference lists, sorted and disambiguated as `listStyle` does. */
  lists: CslItem[][];
  listStyle: string;
}

/** Item id -> style id -> HTML (one `<div class="csl-entry">`, without a numeric list label). */
export type FormattedItems = Record<string, Record<string, string>>;
/** For each list: [item id, HTML] in the style's order. */
export type FormattedLists = Array<Array<[string, string]>>;

/**
 * What the thread posts: the lists first, then the items a few at a time (pages that show one work
 * wait for that work only), then the end.
 */
export type FormatterMessage = { lists: FormattedLists } | { items: FormattedItems } | { end: true };
/** A job sent to the thread, and each of its answers, carry the job's number. */
export interface FormatterRequest { run: number; job: FormatJob }
export interface FormatterAnswer { run: number; message: FormatterMessage }

const requireHere = createRequire(import.meta.url);

export interface FormatRun {
  /** Every item in every style (posted second: the items in the list style come from the lists). */
  items: Promise<FormattedItems>;
  /** One item in every style, as soon as it is formatted. */
  item(id: string): Promise<Record<string, string>>;
  /** The lists (posted first). */
  lists: Promise<FormattedLists>;
  /** Lets the process exit while the run is unfinished (a prefetch nobody may wait for). */
  unref(): void;
  /** Keeps the process alive until the run ends (someone waits for it). */
  ref(): void;
  /** Says its results are not wanted (the thread finishes the job and drops them). */
  stop(): void;
}

interface Formatter {
  worker: Worker;
  nextRun: number;
  /** Unfinished runs: what to do with their answers, whether someone waits, how to fail them. */
  runs: Map<number, { answer(message: FormatterMessage): void; fail(error: Error): void; waited: boolean }>;
}
const formatterSlot = Symbol.for('ds-roadmap-site.reference-formatter');
const formatterStore = globalThis as typeof globalThis & { [formatterSlot]?: Formatter };

/**
 * The formatter thread's young generation (where citeproc's short-lived objects go). Left to
 * Node, it is sized for a heap as large as the main thread's, and the build's peak memory was
 * 1186-1214 MiB at 30x (1x: 873-881 MiB); with 16 MB (12 and 6 gave the same) 1064 MiB (1x:
 * about 790 MiB), in the same time. The old generation is left alone: citeproc holds 100-130 MB
 * at 30x while it formats a phase's list (a 96 MB limit ran out of memory), and more on a
 * larger curriculum.
 */
const FORMATTER_YOUNG_GENERATION_MB = 16;

/** The process's formatter thread, started at the first job (kept on globalThis: Astro loads this module more than once). */
function formatter(): Formatter {
  const running = formatterStore[formatterSlot];
  if (running) return running;
  const worker = new Worker(requireHere.resolve('#reference-formatter'), { resourceLimits: { maxYoungGenerationSizeMb: FORMATTER_YOUNG_GENERATION_MB } });
  const started: Formatter = { worker, nextRun: 0, runs: new Map() };
  worker.on('message', ({ run, message }: FormatterAnswer) => started.runs.get(run)?.answer(message));
  const failAll = (error: Error) => {
    if (formatterStore[formatterSlot] === started) delete formatterStore[formatterSlot];
    for (const run of started.runs.values()) run.fail(error);
    started.runs.clear();
  };
  worker.once('error', failAll);
  worker.once('exit', (code) => failAll(new Error(`The reference formatter stopped (exit code ${code}) before it sent its results.`)));
  worker.unref();
  formatterStore[formatterSlot] = started;
  return started;
}

/** Keeps the process alive while someone waits for a run of the thread, and only then. */
function holdWhileWaited(thread: Formatter): void {
  if ([...thread.runs.values()].some((run) => run.waited)) thread.worker.ref();
  else thread.worker.unref();
}

/**
 * Formats `job` in the formatter thread, which posts the lists, then the items a few at a time.
 * One thread: a second one on a 2-core machine made the build slower (more start-up, JIT and GC
 * work, all competing with Astro's thread).
 */
export function formatInWorker(job: FormatJob): FormatRun {
  const thread = formatter();
  const id = thread.nextRun++;
  let resolveItems: (items: FormattedItems) => void;
  let resolveLists: (lists: FormattedLists) => void;
  let rejectAll: (error: Error) => void;
  const items = new Promise<FormattedItems>((resolve) => (resolveItems = resolve));
  const lists = new Promise<FormattedLists>((resolve) => (resolveLists = resolve));
  const failed = new Promise<never>((_resolve, reject) => (rejectAll = reject));
  failed.catch(() => {}); // reported through items and lists, to whoever waits for them
  const formatted: FormattedItems = {};
  const waiting = new Map<string, (styles: Record<string, string>) => void>();
  const answer = (message: FormatterMessage) => {
    if ('lists' in message) resolveLists(message.lists);
    else if ('items' in message) {
      for (const [key, styles] of Object.entries(message.items)) {
        formatted[key] = styles;
        waiting.get(key)?.(styles);
        waiting.delete(key);
      }
    } else {
      // In the job's order, whatever order the chunks came in.
      resolveItems(Object.fromEntries(job.items.map((item) => [String(item.id), formatted[String(item.id)]!])));
      thread.runs.delete(id);
      holdWhileWaited(thread);
    }
  };
  thread.runs.set(id, { answer, fail: (error) => rejectAll(error), waited: true });
  holdWhileWaited(thread);
  thread.worker.postMessage({ run: id, job } satisfies FormatterRequest);
  const item = (key: string): Promise<Record<string, string>> => {
    if (formatted[key]) return Promise.resolve(formatted[key]);
    if (!job.items.some((candidate) => String(candidate.id) === key)) return Promise.reject(new Error(`The reference job has no item ${key}.`));
    return Promise.race([new Promise<Record<string, string>>((resolve) => waiting.set(key, resolve)), failed]);
  };
  const setWaited = (waited: boolean) => {
    const run = thread.runs.get(id);
    if (run) run.waited = waited;
    holdWhileWaited(thread);
  };
  return {
    items: Promise.race([items, failed]),
    item,
    lists: Promise.race([lists, failed]),
    unref: () => setWaited(false),
    ref: () => setWaited(true),
    stop: () => {
      thread.runs.delete(id);
      holdWhileWaited(thread);
    },
  };
}

/**
 * Starts the formatter thread and makes the styles' engines, with nothing to format yet (the
 * build's configuration does, prefetch.ts): a build's first job finds them made, and under
 * `astro dev`, where the cache holds every reference when the server starts, the first edit to a
 * paper formats it in milliseconds instead of waiting 2 s for citeproc to start.
 */
export function warmUpFormatter(styles: FormatJob['styles']): void {
  formatter().worker.postMessage({ warmUp: styles });
}
