/**
 * The content check: reads every collection, validates each file against its schema and then
 * the curriculum as a whole (references, prerequisite cycles, duplicates), and returns every
 * problem at once. Used by the Astro loaders (so sync, build and check fail) and by the tests.
 */
import { collectionNames, collectionSpecs, type CollectionName } from '../content/collections.ts';
import { readContent, type RawEntry } from '../content/read.ts';
import { idPattern } from '../../schemas/common.ts';
import { findCycles, findUnknownReferences, formatCycle } from '../graph/index.ts';
import { componentReferences, linkComponents } from './mdx-references.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { referenceRules, referencesIn } from './references.ts';
import { checkMonthRange, checkPaperTypeFields, checkUnique, type EntryView } from './rules.ts';
import { issueToProblems } from './schema-issues.ts';
import { checkStudyGroup } from './study-group.ts';
import type { StudyGroupData } from '../../schemas/study-group.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** The schema's output (defaults applied). */
  data: Record<string, unknown>;
  body: string;
}

export interface ContentCheck {
  problems: ContentProblem[];
  entries: CheckedEntry[];
  /** The study group's settings (defaults when the content has no study-group.yaml). */
  studyGroup?: StudyGroupData;
}

const folderOf = (collection: CollectionName, relativeRoot: string) => `${relativeRoot}/${collectionSpecs[collection].folder}/`;

function suggestId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-item';
}

function checkEntry(entry: RawEntry): { problems: ContentProblem[]; data?: Record<string, unknown> } {
  const spec = collectionSpecs[entry.collection];
  const problems: ContentProblem[] = [];
  if (!idPattern.test(entry.id)) {
    const extension = entry.file.slice(entry.file.lastIndexOf('.'));
    problems.push({
      file: entry.file,
      line: 1,
      field: '(file name)',
      message: `"${entry.id}" is not a valid id: ids are lower-case words joined by hyphens. Rename the file to ${suggestId(entry.id)}${extension}.`,
    });
  }
  if (entry.syntaxErrors.length) {
    for (const error of entry.syntaxErrors) {
      problems.push({ file: entry.file, line: error.line, field: '(YAML)', message: `${error.message.replace(/\.$/, '')}. Fix the YAML syntax (indentation, quotes, colons).` });
    }
    return { problems };
  }
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
    problems.push({ file: entry.file, line: 1, field: '(file)', message: `must hold the ${spec.noun}'s fields as "name: value" lines.` });
    return { problems };
  }
  const result = spec.schema.safeParse(entry.data);
  if (!result.success) {
    const context = {
      file: entry.file,
      noun: spec.noun,
      schemaFile: `src/schemas/${schemaFileName(entry.collection)}`,
      data: entry.data,
      schema: spec.schema,
      lineOf: entry.lineOf,
    };
    for (const issue of result.error.issues) problems.push(...issueToProblems(issue, context));
    return { problems };
  }
  return { problems, data: result.data as Record<string, unknown> };
}

const SCHEMA_FILES: Record<CollectionName, string> = {
  phases: 'phase.ts',
  papers: 'paper.ts',
  books: 'book.ts',
  labs: 'lab.ts',
  criteria: 'criterion.ts',
  courses: 'course.ts',
  projects: 'project.ts',
  designProblems: 'design-problem.ts',
  openSource: 'open-source.ts',
  systemStudies: 'system-study.ts',
  studyTopics: 'study-topic.ts',
};
const schemaFileName = (collection: CollectionName) => SCHEMA_FILES[collection];

function checkDuplicateIds(entries: readonly RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames) {
    const seen = new Map<string, string>();
    for (const entry of entries.filter((e) => e.collection === collection)) {
      const key = entry.id.toLowerCase();
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({
          file: entry.file,
          line: 1,
          field: '(file name)',
          message: `duplicate id "${entry.id}": ${earlier} already has it. Ids come from file names and must be unique in a collection: rename or remove one of the two files.`,
        });
      } else {
        seen.set(key, entry.file);
      }
    }
  }
  return problems;
}

function checkReferences(views: readonly EntryView[], relativeRoot: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const idsOf = (collection: CollectionName) => views.filter((view) => view.collection === collection).map((view) => view.id);
  for (const rule of referenceRules) {
    const sources = views.filter((view) => view.collection === rule.collection);
    const found = sources.map((view) => ({ view, references: referencesIn(view.data, rule.path) }));
    const unknown = findUnknownReferences(
      found.map(({ view, references }) => ({ id: view.file, prerequisites: references.map((reference) => reference.value) })),
      idsOf(rule.target),
    );
    for (const miss of unknown) {
      const { view, references } = found.find((item) => item.view.file === miss.from)!;
      const path = references[miss.index]!.path;
      const noun = collectionSpecs[rule.target].noun;
      const fix = miss.suggestion
        ? `Did you mean "${miss.suggestion}"?`
        : `Use the id of a file in ${folderOf(rule.target, relativeRoot)} (its name without the extension).`;
      problems.push({ file: view.file, line: view.lineOf(path), field: fieldName(path), message: `unknown ${noun} "${miss.target}". ${fix}` });
    }
  }
  return problems;
}

function checkPrerequisiteCycles(papers: readonly EntryView[]): ContentProblem[] {
  const nodes = papers.map((view) => ({
    id: view.id,
    prerequisites: Array.isArray(view.data.prerequisites) ? view.data.prerequisites.filter((p): p is string => typeof p === 'string') : [],
  }));
  return findCycles(nodes).map((cycle) => {
    const view = papers.find((paper) => paper.id === cycle[0])!;
    return {
      file: view.file,
      line: view.lineOf(['prerequisites']),
      field: 'prerequisites',
      message: `prerequisite cycle ${formatCycle(cycle)}. Remove one of these prerequisites so the papers can be read in order.`,
    };
  });
}

function checkComponentIds(entries: readonly RawEntry[], views: readonly EntryView[], relativeRoot: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((e) => e.body)) {
    const references = componentReferences(entry.body);
    for (const [component, target] of Object.entries(linkComponents)) {
      const uses = references.filter((reference) => reference.component === component);
      if (!uses.length) continue;
      const known = views.filter((view) => view.collection === target).map((view) => view.id);
      for (const miss of findUnknownReferences([{ id: entry.id, prerequisites: uses.map((use) => use.id) }], known)) {
        const use = uses[miss.index]!;
        const fix = miss.suggestion
          ? `Did you mean "${miss.suggestion}"?`
          : `Use the id of a file in ${folderOf(target, relativeRoot)} (its name without the extension).`;
        problems.push({
          file: entry.file,
          line: entry.bodyLine + use.line - 1,
          field: `<${component} id>`,
          message: `unknown ${collectionSpecs[target].noun} "${use.id}". ${fix}`,
        });
      }
    }
  }
  return problems;
}

/** Checks the content under `root` (shown in messages as `relativeRoot`). */
export function checkContent(root: string, relativeRoot = 'content'): ContentCheck {
  const { entries, strayFiles } = readContent(root, relativeRoot);
  const problems: ContentProblem[] = strayFiles.map(({ collection, file }) => ({
    file,
    line: 1,
    field: '(file)',
    message: `is not a ${collectionSpecs[collection].extensions.map((e) => `.${e}`).join(' or ')} file, so it is not read. Rename it, or move it out of ${folderOf(collection, relativeRoot)}.`,
  }));
  problems.push(...checkDuplicateIds(entries));

  const checked: CheckedEntry[] = [];
  const views: EntryView[] = [];
  for (const entry of entries) {
    const result = checkEntry(entry);
    problems.push(...result.problems);
    if (result.data) checked.push({ collection: entry.collection, id: entry.id, file: entry.file, data: result.data, body: entry.body });
    // Cross-entry checks use what could be parsed, valid or not, so one run shows everything.
    if (entry.data && typeof entry.data === 'object' && !Array.isArray(entry.data)) {
      views.push({ collection: entry.collection, id: entry.id, file: entry.file, data: entry.data as Record<string, unknown>, lineOf: entry.lineOf });
    }
  }

  const papers = views.filter((view) => view.collection === 'papers');
  problems.push(...checkReferences(views, relativeRoot));
  problems.push(...checkPrerequisiteCycles(papers));
  problems.push(...checkComponentIds(entries, views, relativeRoot));
  for (const view of views) {
    problems.push(...checkMonthRange(view));
    if (view.collection === 'papers') problems.push(...checkPaperTypeFields(view));
  }
  problems.push(...checkUnique(papers, 'readingOrder', 'reading-order position'));
  problems.push(...checkUnique(views.filter((view) => view.collection === 'phases'), 'order', 'phase number'));
  const phaseIds = views.filter((view) => view.collection === 'phases').map((view) => view.id);
  const group = checkStudyGroup(root, relativeRoot, phaseIds);
  problems.push(...group.problems);
  return { problems, entries: checked, ...(group.studyGroup ? { studyGroup: group.studyGroup } : {}) };
}
