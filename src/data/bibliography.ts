/** The bibliography of the curriculum and its formatted references, built once per build. */
import { buildBibliography, referenceJob, referenceListsFrom, referencesFrom, workReferences, type Bibliography, type FormattedReference, type ReferenceLists, type References, type Work } from '../lib/bibliography/index.ts';
import { referenceRun } from '../lib/bibliography/prefetch.ts';
import type { FormatRun } from '../lib/bibliography/reference-worker.ts';
import { getCurriculum } from './curriculum.ts';

let cached: Promise<Bibliography> | undefined;

export function getBibliography(): Promise<Bibliography> {
  cached ??= getCurriculum().then(buildBibliography);
  return cached;
}

// One formatting run per build, taken over from the content sync when it started one (prefetch.ts).
let run: Promise<{ bibliography: Bibliography; run: FormatRun }> | undefined;
const formatting = () =>
  (run ??= getBibliography().then((bibliography) => ({ bibliography, run: referenceRun(referenceJob(bibliography)) })));

let references: Promise<References> | undefined;
let lists: Promise<ReferenceLists> | undefined;

/** Every work's references in every style. */
export function getReferences(): Promise<References> {
  references ??= formatting().then(async ({ bibliography, run }) => referencesFrom(bibliography, await run.items));
  return references;
}

/** One work's references in every style, as soon as that work is formatted (a paper's or a book's page). */
export async function getReferencesOf(work: Work): Promise<FormattedReference[]> {
  const { run } = await formatting();
  return workReferences(work, await run.item(work.key));
}

/** Each phase's works as an APA reference list. */
export function getReferenceLists(): Promise<ReferenceLists> {
  lists ??= formatting().then(async ({ bibliography, run }) => referenceListsFrom(bibliography, await run.lists));
  return lists;
}
