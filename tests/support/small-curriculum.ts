/**
 * A small curriculum built in code, for the schedule's lib tests: two phases of two months, a
 * handful of papers and labs, each item passed through its real schema (so defaults apply) and
 * cross-linked by the real buildCurriculum.
 */
import { registry } from '../../src/lib/content/registry.ts';
import { buildCurriculum, type Curriculum, type CurriculumInput } from '../../src/lib/curriculum.ts';

type Fields = Record<string, unknown>;
const parse = (kind: keyof typeof registry, id: string, fields: Fields) => ({ ...registry[kind].schema.parse(fields), id });

export const phase = (id: string, order: number, start: number, end: number, more: Fields = {}) =>
  parse('phases', id, { title: `Phase ${id}`, order, months: { start, end }, focus: 'f', outcome: 'o', summary: 's', ...more });

export const paper = (id: string, phaseId: string, more: Fields = {}) =>
  parse('papers', id, {
    title: `Paper ${id}`, shortName: id.toUpperCase(), type: 'journal-article', authors: [{ given: 'A', family: id }], year: 2000,
    container: 'J', volume: 1, pages: '1-2', venue: 'J', keyContribution: 'k', phase: phaseId, topic: 'consensus',
    verifiedAgainst: [{ name: 'DBLP', url: 'https://dblp.org/' }], ...more,
  });

export const lab = (id: string, phaseId: string, start: number, end: number, more: Fields = {}) =>
  parse('labs', id, { title: `Lab ${id}: work`, phase: phaseId, months: { start, end }, order: 1, summary: 's', ...more });

export const criterion = (id: string, phaseId: string, more: Fields = {}) => parse('criteria', id, { text: `Criterion ${id}`, phase: phaseId, order: 1, ...more });

export const designProblem = (id: string, phaseId: string, order = 1) =>
  parse('designProblems', id, { title: `Design a ${id}`, tensions: 't', target: 'x', phase: phaseId, order });

/** A curriculum of the given items; kinds not given are empty. */
export function smallCurriculum(items: Partial<Record<keyof CurriculumInput, Fields[]>>): Curriculum {
  const input = Object.fromEntries(Object.keys(registry).map((kind) => [kind, items[kind as keyof CurriculumInput] ?? []]));
  return buildCurriculum(input as unknown as CurriculumInput);
}
