/**
 * Checks the study group's settings file (`study-group.yaml` at the content root) with the same
 * problem format as the rest of the content: file:line, field, what is wrong, how to fix it.
 * The file is optional; without it the defaults in src/schemas/study-group.ts apply.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../closest.ts';
import { parseYaml } from '../content/read.ts';
import { studyGroupSchema, type StudyGroupData } from '../../schemas/study-group.ts';
import type { ContentProblem } from './problem.ts';
import { issueToProblems } from './schema-issues.ts';

export const STUDY_GROUP_FILE = 'study-group.yaml';

export interface StudyGroupCheck {
  problems: ContentProblem[];
  /** The settings with defaults applied, when they are valid. */
  studyGroup?: StudyGroupData;
}

export function checkStudyGroup(root: string, relativeRoot: string, phaseIds: readonly string[]): StudyGroupCheck {
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
  const problems: ContentProblem[] = [];
  const result = studyGroupSchema.safeParse(settings);
  if (!result.success) {
    const context = { file, noun: 'study-group settings file', schemaFile: 'src/schemas/study-group.ts', data: settings, schema: studyGroupSchema, lineOf };
    for (const issue of result.error.issues) problems.push(...issueToProblems(issue, context));
  }
  const phases = (settings as { phases?: unknown }).phases;
  if (Array.isArray(phases)) {
    phases.forEach((phase, index) => {
      if (typeof phase !== 'string' || phaseIds.includes(phase) || !phaseIds.length) return;
      const suggestion = closest(phase, phaseIds);
      problems.push({
        file,
        line: lineOf(['phases', index]),
        field: `phases[${index}]`,
        message: `unknown phase "${phase}". ${suggestion ? `Did you mean "${suggestion}"?` : `Use one of: ${phaseIds.join(', ')}.`}`,
      });
    });
  }
  return problems.length || !result.success ? { problems } : { problems, studyGroup: result.data };
}
