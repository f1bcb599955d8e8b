/**
 * Test helpers for the bibliography: a second, independent reader of the BibTeX and RIS the site
 * writes (citation-js's parsers, registered by the site's one citation-js module), and the
 * whole-bibliography formatting the data layer does, in one call.
 */
import { Cite } from '@citation-js/core';
import '../../src/lib/bibliography/citation-js.ts';
import { referenceJob, referenceListsFrom, referencesFrom, type Bibliography, type ReferenceLists, type References, type ReferenceStyle } from '../../src/lib/bibliography/index.ts';
import { formatInWorker } from '../../src/lib/bibliography/reference-worker.ts';

/** Reads BibTeX or RIS back into CSL-JSON. */
export function parseCitations(text: string): Array<Record<string, unknown>> {
  return new Cite(text).data as Array<Record<string, unknown>>;
}

/** Every work and every phase list formatted, as the build formats them (in the worker thread). */
export async function formatReferences(bibliography: Bibliography, listStyle: ReferenceStyle = 'apa'): Promise<{ references: References; lists: ReferenceLists }> {
  const run = formatInWorker(referenceJob(bibliography, listStyle));
  return { references: referencesFrom(bibliography, await run.items), lists: referenceListsFrom(bibliography, await run.lists) };
}
