/**
 * A `glob()` loader that first runs the whole-curriculum content check. Astro's own schema
 * check stops at the first bad file and `reference()` only logs a missing target; this makes
 * `astro sync`, `astro build` and `astro check` fail with every problem listed at once.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from '../lib/content/collections.ts';
import { checkContent } from '../lib/validation/check-content.ts';
import { ContentValidationError } from '../lib/validation/problem.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';

/** Where the curriculum lives; `CONTENT_DIR` lets the benchmark and tests build other content. */
export const contentRoot = process.env.CONTENT_DIR ?? 'content';

let lastCheck: { at: number; error?: ContentValidationError; studyGroup?: StudyGroupData } | undefined;

/** Runs the check once per loader batch (all collections load within moments of each other). */
function assertContentValid(): StudyGroupData | undefined {
  if (!lastCheck || Date.now() - lastCheck.at > 2000) {
    const { problems, studyGroup } = checkContent(resolve(contentRoot), contentRoot.replace(/\/+$/, ''));
    lastCheck = { at: Date.now(), ...(problems.length ? { error: new ContentValidationError(problems) } : {}), ...(studyGroup ? { studyGroup } : {}) };
  }
  if (lastCheck.error) throw lastCheck.error;
  return lastCheck.studyGroup;
}

/** The study group's settings as a one-entry collection (`group`), checked with everything else. */
export function studyGroupLoader(): Loader {
  return {
    name: 'validated-study-group',
    load: async ({ store, parseData }) => {
      const settings = assertContentValid();
      store.clear();
      store.set({ id: 'group', data: await parseData({ id: 'group', data: { ...settings } }) });
    },
  };
}

export function validatedGlob(collection: CollectionName): Loader {
  const spec = collectionSpecs[collection];
  const inner = glob({ base: `${contentRoot}/${spec.folder}`, pattern: `*.{${spec.extensions.join(',')}}` });
  return {
    name: `validated-glob-${collection}`,
    load: async (context) => {
      assertContentValid();
      return inner.load(context);
    },
  };
}
