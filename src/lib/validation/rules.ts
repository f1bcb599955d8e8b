/** Checks that span several fields of one entry, or several entries of one kind. */
import type { FieldPath } from '../content/entry.ts';
import { findCycles, formatCycle } from '../graph/index.ts';
import type { ContentProblem } from './problem.ts';

/** An entry whose YAML parsed, valid or not: cross-entry checks use it so one run shows everything. */
export interface EntryView {
  kind: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf(path: FieldPath): number;
}

/** Fields a paper needs for its publication type, so its citation is complete. */
export const requiredByType: Readonly<Record<string, readonly { field: string; what: string }[]>> = {
  'journal-article': [
    { field: 'container', what: "the journal's full name" },
    { field: 'volume', what: 'the volume number' },
    { field: 'pages', what: 'the page range' },
  ],
  'conference-paper': [{ field: 'container', what: 'the proceedings title' }],
  'tech-report': [
    { field: 'institution', what: 'the institution that issued it' },
    { field: 'number', what: 'the report number' },
  ],
  'book-chapter': [
    { field: 'container', what: "the book's title" },
    { field: 'publisher', what: "the book's publisher" },
  ],
  preprint: [{ field: 'arxiv', what: 'the arXiv id' }],
};

export function checkPaperTypeFields(entry: EntryView): ContentProblem[] {
  const type = entry.data.type;
  if (typeof type !== 'string') return [];
  return (requiredByType[type] ?? [])
    .filter(({ field }) => entry.data[field] === undefined)
    .map(({ field, what }) => ({
      file: entry.file,
      line: entry.lineOf(['type']),
      field,
      message: `is missing: a ${type} needs ${what}. Add a "${field}:" line.`,
    }));
}

export function checkMonthRange(entry: EntryView): ContentProblem[] {
  const months = entry.data.months as { start?: unknown; end?: unknown } | undefined;
  if (!months || typeof months.start !== 'number' || typeof months.end !== 'number') return [];
  if (months.start <= months.end) return [];
  return [
    {
      file: entry.file,
      line: entry.lineOf(['months']),
      field: 'months',
      message: `starts after it ends (start ${months.start} > end ${months.end}): the roadmap's "Months ${months.end}–${months.start}" is written start: ${months.end}, end: ${months.start}.`,
    },
  ];
}

/** Values that must be unique across a collection (a reading-order position, a phase number). */
export function checkUnique(entries: readonly EntryView[], field: string, what: string): ContentProblem[] {
  const firstFile = new Map<unknown, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const value = entry.data[field];
    if (value === undefined) continue;
    const earlier = firstFile.get(value);
    if (earlier) {
      problems.push({
        file: entry.file,
        line: entry.lineOf([field]),
        field,
        message: `${String(value)} is already the ${what} of ${earlier}. Each ${what} is used once: change one of them.`,
      });
    } else {
      firstFile.set(value, entry.file);
    }
  }
  return problems;
}

/** A field listing items of the same kind that must come first (`prerequisites`) may not loop. */
export function checkAcyclic(entries: readonly EntryView[], field: string): ContentProblem[] {
  const nodes = entries.map((view) => {
    const value = view.data[field];
    return { id: view.id, prerequisites: Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [] };
  });
  return findCycles(nodes).map((cycle) => {
    const view = entries.find((entry) => entry.id === cycle[0])!;
    return {
      file: view.file,
      line: view.lineOf([field]),
      field,
      message: `prerequisite cycle ${formatCycle(cycle)}. Remove one of these prerequisites so the papers can be read in order.`,
    };
  });
}
