/**
 * The content loader: runs the whole-curriculum content check, then stores the entries it read.
 * Astro's own schema check stops at the first bad file and `reference()` only logs a missing
 * target; this makes `astro sync`, `astro build` and `astro check` fail with every problem listed
 * at once. The check has read and parsed every file already, so the entries come from it rather
 * than from Astro's `glob()` loader: that read and parsed each file a second time, and made each
 * MDX body a module for Vite to compile (bodies are rendered as HTML instead: src/data/bodies.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentEntry } from '../lib/content/entry.ts';
import { buildBibliography, referenceJob } from '../lib/bibliography/index.ts';
import { prefetchReferences } from '../lib/bibliography/prefetch.ts';
import { curriculumFromEntries } from '../lib/curriculum.ts';
import { checkContent } from '../lib/validation/check-content.ts';
import { setCurrentProblems } from '../lib/validation/dev-problems.ts';
import { ContentValidationError } from '../lib/validation/problem.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';

/** Where the curriculum lives; `CONTENT_DIR` lets the benchmark and tests build other content. */
export const contentRoot = process.env.CONTENT_DIR ?? 'content';

/**
 * A fingerprint of the content folder (every file's path, size and modification time), so under
 * `astro dev` the whole-curriculum check runs again when any file changed, and once otherwise.
 * A build, `astro sync` or `astro check` reads the folder once: all collections load in one sync
 * and nothing watches for changes, so the first check stands (walking 2,400 files for each of
 * the 13 collections cost 0.8 s at 30 times the curriculum).
 */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(root);
  return parts.sort().join('|');
}

interface CheckedContent {
  fingerprint: string;
  error?: ContentValidationError;
  studyGroup?: StudyGroupData;
  entries: ContentEntry[];
}
let lastCheck: CheckedContent | undefined;

/** Runs the whole check when the content changed since the last run; returns what it read. */
function assertContentValid(watching: boolean): CheckedContent {
  const root = resolve(contentRoot);
  const current = watching ? fingerprint(root) : 'not watched: checked once';
  if (lastCheck?.fingerprint !== current) {
    const { problems, entries, studyGroup } = checkContent(root, { relativeRoot: contentRoot.replace(/\/+$/, '') });
    // Good content: start formatting its references now, on another core (see prefetch.ts).
    // Under `astro dev` pages format what they need when they need it.
    if (!problems.length && !watching) prefetchReferences(referenceJob(buildBibliography(curriculumFromEntries(entries))));
    lastCheck = { fingerprint: current, entries, ...(problems.length ? { error: new ContentValidationError(problems) } : {}), ...(studyGroup ? { studyGroup } : {}) };
  }
  if (watching) setCurrentProblems(lastCheck.error);
  if (lastCheck.error) throw lastCheck.error;
  return lastCheck;
}

/** Problems already reported under `astro dev`: every collection reloads on a change, and each would report them. */
const reported = new WeakSet<object>();

/** Under `astro dev`: loads the collection again when any content file changes (the check runs once per change, its problems are reported once). */
function reloadOnChange(context: LoaderContext, load: () => Promise<void>): void {
  const { watcher } = context;
  if (!watcher) return;
  const root = resolve(contentRoot);
  watcher.add(root);
  watcher.on('all', (_event: string, path: string) => {
    if (!path.startsWith(root)) return;
    load().catch((error: unknown) => {
      if (typeof error === 'object' && error !== null) {
        if (reported.has(error)) return;
        reported.add(error);
      }
      context.logger.error(error instanceof Error ? error.message : String(error));
    });
  });
}

/** The study group's settings as a one-entry collection (`group`), checked with everything else. */
export function studyGroupLoader(): Loader {
  return {
    name: 'validated-study-group',
    load: async (context) => {
      const load = async () => {
        const { studyGroup } = assertContentValid(context.watcher !== undefined);
        context.store.clear();
        context.store.set({ id: 'group', data: await context.parseData({ id: 'group', data: { ...studyGroup } }) });
      };
      await load();
      reloadOnChange(context, load);
    },
  };
}

/** One kind's collection: the checked entries of that kind, each stored with its body (text) and file. */
export function validatedContent(kind: string): Loader {
  return {
    name: `validated-content-${kind}`,
    load: async (context) => {
      const load = async () => {
        const { entries } = assertContentValid(context.watcher !== undefined);
        const { store, parseData, generateDigest, config } = context;
        const root = fileURLToPath(config.root);
        const untouched = new Set(store.keys());
        for (const entry of entries.filter((candidate) => candidate.kind === kind)) {
          untouched.delete(entry.id);
          const digest = generateDigest({ file: entry.file, data: entry.data, body: entry.body });
          if (store.get(entry.id)?.digest === digest) continue; // unchanged since the last build: Astro's store keeps it
          const filePath = relative(root, resolve(entry.file)).split('\\').join('/');
          const data = await parseData({ id: entry.id, data: entry.data, filePath: resolve(root, filePath) });
          store.set({ id: entry.id, data, body: entry.body, filePath, digest });
        }
        for (const id of untouched) store.delete(id);
      };
      await load();
      reloadOnChange(context, load);
    },
  };
}
