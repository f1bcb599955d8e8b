/** The bibliography of the curriculum, built once per build for every page and endpoint. */
import { buildBibliography, type Bibliography } from '../lib/bibliography/index.ts';
import { getCurriculum } from './curriculum.ts';

let cached: Promise<Bibliography> | undefined;

export function getBibliography(): Promise<Bibliography> {
  cached ??= getCurriculum().then(buildBibliography);
  return cached;
}
