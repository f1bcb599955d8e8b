/**
 * A `glob()` loader that first runs the whole-curriculum content check. Astro's own schema
 * check stops at the first bad file and `reference()` only logs a missing target; this makes
 * `astro sync`, `astro build` and `astro check` fail with every problem listed at once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { buildBibliography, referenceJob } from '../lib/bibliography/index.ts';
import { prefetchReferences } from '../lib/bibliography/prefetch.ts';
import { registry } from '../lib/content/registry.ts';
import { curriculumFromEntries } from '../lib/curriculum.ts';
import { checkContent } from '../lib/validation/check-content.ts';
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

let lastCheck: { fingerprint: string; error?: ContentValidationError; studyGroup?: StudyGroupData } | undefined;

/** Runs the whole check when the content changed since the last run; returns the study group's settings. */
function assertContentValid(watching: boolean): StudyGroupData | undefined {
  const root = resolve(contentRoot);
  const current = watching ? fingerprint(root) : 'not watched: checked once';
  if (lastCheck?.fingerprint !== current) {
    const { problems, entries, studyGroup } = checkContent(root, { relativeRoot: contentRoot.replace(/\/+$/, '') });
    // Good content: start formatting its references now, on another core (see prefetch.ts).
    // Under `astro dev` pages format what they need when they need it.
    if (!problems.length && !watching) prefetchReferences(referenceJob(buildBibliography(curriculumFromEntries(entries))));
    lastCheck = { fingerprint: current, ...(problems.length ? { error: new ContentValidationError(problems) } : {}), ...(studyGroup ? { studyGroup } : {}) };
  }
  if (lastCheck.error) throw lastCheck.error;
  return lastCheck.studyGroup;
}

/** The study group's settings as a one-entry collection (`group`), checked with everything else. */
export function studyGroupLoader(): Loader {
  return {
    name: 'validated-study-group',
    load: async ({ store, parseData, watcher }) => {
      const settings = assertContentValid(watcher !== undefined);
      store.clear();
      store.set({ id: 'group', data: await parseData({ id: 'group', data: { ...settings } }) });
    },
  };
}

export function validatedGlob(kind: string): Loader {
  const spec = registry[kind as keyof typeof registry];
  // A brace with one choice (`*.{mdx}`) is not expanded by the glob matcher: only brace two or more.
  const extensions = spec.extensions.length === 1 ? spec.extensions[0] : `{${spec.extensions.join(',')}}`;
  const inner = glob({ base: `${contentRoot}/${spec.folder}`, pattern: `*.${extensions}` });
  return {
    name: `validated-glob-${kind}`,
    load: async (context) => {
      assertContentValid(context.watcher !== undefined);
      return inner.load(context);
    },
  };
}
