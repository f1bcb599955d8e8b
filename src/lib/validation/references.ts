/**
 * References between items, as the registry declares them. Astro's `reference()` only logs a
 * dangling target, so every reference is checked here and fails the build.
 */
import type { FieldPath } from '../content/entry.ts';
import type { AnyRegistry } from '../content/registry.ts';
import { findUnknownReferences } from '../graph/index.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import type { EntryView } from './rules.ts';

/** The path segment that stands for each key of a map whose keys are ids: `laterPhasePrerequisites: { gfs: why }`. */
export const EACH_KEY = '{key}';

/**
 * Every (concrete path, value) that `path` matches in `data`; `*` stands for every item of a
 * list, and `{key}` for every key of a map (the key is then the value).
 */
export function referencesIn(data: unknown, path: readonly string[]): { path: (string | number)[]; value: string }[] {
  const found: { path: (string | number)[]; value: string }[] = [];
  const walk = (value: unknown, rest: readonly string[], at: (string | number)[]): void => {
    if (rest.length === 0) {
      if (typeof value === 'string') found.push({ path: at, value });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, tail, [...at, index]));
    } else if (head === EACH_KEY) {
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const key of Object.keys(value)) found.push({ path: [...at, key], value: key });
    } else if (value && typeof value === 'object' && head !== undefined && head in value) {
      walk((value as Record<string, unknown>)[head], tail, [...at, head]);
    }
  };
  walk(data, path, []);
  return found;
}

/** "Did you mean ...?" when a known id is close, otherwise where the ids come from. */
export function unknownIdFix(suggestion: string | undefined, folder: string): string {
  return suggestion ? `Did you mean "${suggestion}"?` : `Use the id of a file in ${folder} (its name without the extension).`;
}

export interface ReferenceContext {
  kinds: AnyRegistry;
  /** Content folder as shown in messages: `content`. */
  relativeRoot: string;
  /**
   * The ids of a kind: every file of it, valid or not, so a file with a mistake of its own still
   * exists for the files that reference it (only its own problem is reported).
   */
  idsOf(kind: string): ReadonlySet<string>;
}

export const folderOf = (context: ReferenceContext, kind: string) => `${context.relativeRoot}/${context.kinds[kind]!.folder}/`;

/** Every reference field of every entry that names no item of its target kind. */
export function checkReferences(views: readonly EntryView[], context: ReferenceContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [kind, spec] of Object.entries(context.kinds)) {
    for (const reference of spec.references) {
      const found = views
        .filter((view) => view.kind === kind)
        .map((view) => ({ view, references: referencesIn(view.data, reference.path) }));
      const unknown = findUnknownReferences(
        found.map(({ view, references }) => ({ id: view.file, prerequisites: references.map((item) => item.value) })),
        context.idsOf(reference.target),
      );
      for (const miss of unknown) {
        const { view, references } = found.find((item) => item.view.file === miss.from)!;
        const path: FieldPath = references[miss.index]!.path;
        const noun = context.kinds[reference.target]!.noun;
        problems.push({
          file: view.file,
          line: view.lineOf(path),
          field: fieldName(path),
          message: `unknown ${noun} "${miss.target}". ${unknownIdFix(miss.suggestion, folderOf(context, reference.target))}`,
        });
      }
    }
  }
  return problems;
}
