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

/** Where the curriculum lives; `CONTENT_DIR` lets the benchmark and tests build other content. */
export const contentRoot = process.env.CONTENT_DIR ?? 'content';

let lastCheck: { at: number; error?: ContentValidationError } | undefined;

/** Runs the check once per loader batch (all collections load within moments of each other). */
function assertContentValid(): void {
  if (!lastCheck || Date.now() - lastCheck.at > 2000) {
    const { problems } = checkContent(resolve(contentRoot), contentRoot.replace(/\/+$/, ''));
    lastCheck = { at: Date.now(), ...(problems.length ? { error: new ContentValidationError(problems) } : {}) };
  }
  if (lastCheck.error) throw lastCheck.error;
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
