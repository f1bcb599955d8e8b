/** The curriculum's collections, one per kind of the registry (src/lib/content/registry.ts), and the study group's settings. */
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { registry, type Registry } from './lib/content/registry.ts';
import { studyGroupLoader, validatedContent } from './data/validated-content.ts';
import { studyGroupSchema } from './schemas/study-group.ts';

/** Each kind's collection, typed by its schema (Astro types `getCollection` from this). */
type KindCollections = { [Kind in keyof Registry]: CollectionConfig<Registry[Kind]['schema'], Loader> };

export const collections = {
  ...(Object.fromEntries(
    Object.entries(registry).map(([kind, spec]) => [kind, defineCollection({ loader: validatedContent(kind), schema: spec.schema })]),
  ) as KindCollections),
  /** content/study-group.yaml: the group's name, start date, meeting and pace. */
  studyGroup: defineCollection({ loader: studyGroupLoader(), schema: studyGroupSchema }),
};
