/** The bibliography of the curriculum and its formatted references, built once per build. */
import { buildBibliography, referenceJob, referenceListsFrom, referencesFrom, type Bibliography, type ReferenceLists, type References } from '../lib/bibliography/index.ts';
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
const formatting = () => (run ??= getBibliography().then((bibliography) => ({ bibliography, run: referenceRun(referenceJob(bibliography)) })));

let references: Promise<References> | undefined;
let lists: Promise<ReferenceLists> | undefined;

/** Every work's references in every style. */
export function getReferences(): Promise<References> {
  references ??= formatting().then(async ({ bibliography, run }) => referencesFrom(bibliography, await run.items));
  return references;
}

/** Each phase's works as an APA reference list. */
export function getReferenceLists(): Promise<ReferenceLists> {
  lists ??= formatting().then(async ({ bibliography, run }) => referenceListsFrom(bibliography, await run.lists));
  return lists;
}
