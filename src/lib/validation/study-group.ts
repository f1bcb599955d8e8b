/**
 * Checks the study group's settings file (`study-group.yaml` at the content root) with the same
 * problem format as the rest of the content: file:line, field, what is wrong, how to fix it.
 * The file is optional; without it the defaults in src/schemas/study-group.ts apply.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../../values/closest.ts';
import { parseYaml } from '../content/read.ts';
import { studyGroupSchema, type StudyGroupData } from '../../schemas/study-group.ts';
import { studyGroupReferences, type AnyRegistry } from '../content/registry.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { referencesIn } from './references.ts';
import { schemaProblems } from './schema-issues.ts';

export const STUDY_GROUP_FILE = 'study-group.yaml';

export interface StudyGroupCheck {
  problems: ContentProblem[];
  /** The settings with defaults applied, when they are valid. */
  studyGroup?: StudyGroupData;
}

/**
 * Checks the settings file under `root`; `idsOf(kind)` gives the ids of a kind, for the
 * references the registry declares from the settings (`studyGroupReferences`).
 */
export function checkStudyGroup(root: string, relativeRoot: string, kinds: AnyRegistry, idsOf: (kind: string) => ReadonlySet<string>): StudyGroupCheck {
  const path = join(root, STUDY_GROUP_FILE);
  const file = `${relativeRoot}/${STUDY_GROUP_FILE}`;
  if (!existsSync(path)) return { problems: [], studyGroup: studyGroupSchema.parse({}) };
  const { data, syntaxErrors, lineOf } = parseYaml(readFileSync(path, 'utf8'), 0);
  if (syntaxErrors.length) {
    return {
      problems: syntaxErrors.map((error) => ({ file, line: error.line, field: '(YAML)', message: `${error.message.replace(/\.$/, '')}. Fix the YAML syntax (indentation, quotes, colons).` })),
    };
  }
  const settings = data ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    return { problems: [{ file, line: 1, field: '(file)', message: 'must hold the study group\'s settings as "name: value" lines.' }] };
  }
  const result = schemaProblems(studyGroupSchema, settings, { file, noun: 'study-group settings file', schemaFile: 'src/schemas/study-group.ts', lineOf });
  const problems: ContentProblem[] = [...result.problems];
  for (const reference of studyGroupReferences) {
    const known = idsOf(reference.target);
    if (!known.size) continue;
    for (const { path, value } of referencesIn(settings, reference.path)) {
      if (known.has(value)) continue;
      const suggestion = closest(value, known);
      problems.push({
        file,
        line: lineOf(path),
        field: fieldName(path),
        message: `unknown ${kinds[reference.target]!.noun} "${value}". ${suggestion ? `Did you mean "${suggestion}"?` : `Use one of: ${[...known].join(', ')}.`}`,
      });
    }
  }
  return problems.length || !result.data ? { problems } : { problems, studyGroup: result.data as StudyGroupData };
}
