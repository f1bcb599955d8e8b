/**
 * The content check: reads every kind the registry declares, validates each file against its
 * schema and then the curriculum as a whole (references, cycles, duplicates, unique fields),
 * and returns every problem at once. Used by the Astro loaders (so sync, build and check fail),
 * by `npm run check:content` and by the tests.
 */
import { idPattern } from '../../schemas/common.ts';
import type { StudyGroupData } from '../../schemas/study-group.ts';
import type { ContentEntry, RawEntry } from '../content/entry.ts';
import { readContent } from '../content/read.ts';
import { registry, type AnyRegistry, type KindSpec } from '../content/registry.ts';
import { checkBodyElements, checkBodyRules, checkComponentIds, parseBodies } from './mdx-body.ts';
import type { ContentProblem } from './problem.ts';
import { checkReferences, folderOf, type ReferenceContext } from './references.ts';
import { checkAcyclic, checkMonthRange, checkUnique, type EntryView } from './rules.ts';
import { schemaProblems } from './schema-issues.ts';
import { checkStudyGroup } from './study-group.ts';

export interface ContentCheck {
  problems: ContentProblem[];
  entries: ContentEntry[];
  /** The study group's settings (defaults when the content has no study-group.yaml). */
  studyGroup?: StudyGroupData;
}

export interface CheckOptions {
  /** The content folder as messages show it (default `content`). */
  relativeRoot?: string;
  /** The kinds to read (default: the site's registry; tests add kinds of their own). */
  kinds?: AnyRegistry;
}

function suggestId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-item';
}

function checkEntry(entry: RawEntry, spec: KindSpec): { problems: ContentProblem[]; data?: Record<string, unknown> } {
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
      problems.push({ file: entry.file, line: error.line, field: error.field ?? '(YAML)', message: error.message });
    }
    return { problems };
  }
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
    problems.push({ file: entry.file, line: 1, field: '(file)', message: `must hold the ${spec.noun}'s fields as "name: value" lines.` });
    return { problems };
  }
  const result = schemaProblems(spec.schema, entry.data, { file: entry.file, noun: spec.noun, schemaFile: spec.schemaFile, lineOf: entry.lineOf });
  return result.data ? { problems, data: result.data } : { problems: [...problems, ...result.problems] };
}

function checkDuplicateIds(entries: readonly RawEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = `${entry.kind}/${entry.id.toLowerCase()}`;
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
  return problems;
}

/** Rules one kind declares for its items as a whole: unique fields, acyclic fields, its own checks. */
function checkKindRules(views: readonly EntryView[], kind: string, spec: KindSpec): ContentProblem[] {
  const own = views.filter((view) => view.kind === kind);
  return [
    ...(spec.unique ?? []).flatMap(({ field, what }) => checkUnique(own, field, what)),
    ...(spec.acyclic ? checkAcyclic(own, spec.acyclic) : []),
    ...(spec.check ? own.flatMap(spec.check) : []),
    ...(spec.crossCheck ? spec.crossCheck(views) : []),
  ];
}

/** Checks the content under `root` (shown in messages as `options.relativeRoot`). */
export function checkContent(root: string, options: CheckOptions = {}): ContentCheck {
  const { relativeRoot = 'content', kinds = registry as AnyRegistry } = options;
  const { entries, strayFiles } = readContent(root, relativeRoot, kinds);
  // Made once per kind: every entry's references are looked up in them (at 30 times the
  // curriculum, filtering 2,600 entries for each lookup was 0.3 s of the check).
  const ids = new Map<string, ReadonlySet<string>>();
  const idsOf = (kind: string) => {
    if (!ids.has(kind)) ids.set(kind, new Set(entries.filter((entry) => entry.kind === kind && idPattern.test(entry.id)).map((entry) => entry.id)));
    return ids.get(kind)!;
  };
  const context: ReferenceContext = { kinds, relativeRoot, idsOf };
  const problems: ContentProblem[] = strayFiles.map(({ kind, file }) => ({
    file,
    line: 1,
    field: '(file)',
    message: `is not a ${kinds[kind]!.extensions.map((e) => `.${e}`).join(' or ')} file, so it is not read. Rename it, or move it out of ${folderOf(context, kind)}.`,
  }));
  problems.push(...checkDuplicateIds(entries));

  const checked: ContentEntry[] = [];
  const views: EntryView[] = [];
  for (const entry of entries) {
    const result = checkEntry(entry, kinds[entry.kind]!);
    problems.push(...result.problems);
    if (result.data) checked.push({ kind: entry.kind, id: entry.id, file: entry.file, data: result.data, body: entry.body });
    // Cross-entry checks use what could be parsed, valid or not, so one run shows everything.
    if (entry.data && typeof entry.data === 'object' && !Array.isArray(entry.data)) {
      views.push({ kind: entry.kind, id: entry.id, file: entry.file, data: entry.data as Record<string, unknown>, lineOf: entry.lineOf });
    }
  }

  problems.push(...checkReferences(views, context));
  const bodies = parseBodies(entries);
  problems.push(...bodies.problems);
  problems.push(...checkBodyElements(entries, bodies.trees, context));
  problems.push(...checkComponentIds(entries, bodies.trees, context));
  problems.push(...checkBodyRules(entries, bodies.trees, context));
  problems.push(...views.flatMap(checkMonthRange));
  for (const [kind, spec] of Object.entries(kinds)) problems.push(...checkKindRules(views, kind, spec));
  const group = checkStudyGroup(root, relativeRoot, kinds, context.idsOf);
  problems.push(...group.problems);
  return { problems, entries: checked, ...(group.studyGroup ? { studyGroup: group.studyGroup } : {}) };
}
