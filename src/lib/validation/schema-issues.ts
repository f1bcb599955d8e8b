/** Turns zod issues into author-facing problems with field, value, cause and fix. */
import type { z } from 'astro/zod';
import { closest } from '../closest.ts';
import type { FieldPath } from '../content/read.ts';
import { fieldName, showValue, type ContentProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The names of the fields a strict object schema accepts at `path`. */
function knownKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; element?: unknown; options?: unknown[]; in?: unknown } };
    while (node?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(node.def.type ?? '')) {
      node = (node.def.innerType ?? node.def.in) as typeof node;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { shape?: Record<string, unknown>; def?: { type?: string; element?: unknown } };
    if (typeof key === 'number' && node?.def?.type === 'array') current = node.def.element;
    else if (node?.shape && typeof key === 'string') current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function describeInput(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return showValue(value);
}

export interface SchemaIssueContext {
  file: string;
  noun: string;
  schemaFile: string;
  data: unknown;
  schema: z.ZodType;
  lineOf(path: FieldPath): number;
}

export function issueToProblems(issue: Issue, context: SchemaIssueContext): ContentProblem[] {
  const path = issue.path as PropertyKey[];
  const line = context.lineOf(path.filter((part): part is string | number => typeof part !== 'symbol'));
  const problem = (field: string, message: string, at = line): ContentProblem => ({ file: context.file, line: at, field, message });
  const value = valueAt(context.data, path);

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(context.schema, path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      const fix = suggestion
        ? `Did you mean "${suggestion}"?`
        : `Remove it, or use one of the fields in ${context.schemaFile}.`;
      const keyPath = [...path, key].filter((part): part is string | number => typeof part !== 'symbol');
      return problem(fieldName(keyPath), `is not a field of a ${context.noun}. ${fix}`, context.lineOf(keyPath));
    });
  }
  const field = fieldName(path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const name = String(path[path.length - 1] ?? field);
    const where = path.length > 1 ? ' to this item' : '';
    return [problem(field, `is missing. Add a "${name}:" line${where} (see ${context.schemaFile}).`)];
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    // Schemas that give their own message for a wrong type (years, months) keep it.
    if (!issue.message.startsWith('Invalid input')) return [problem(field, `${showValue(value)} ${issue.message}.`)];
    if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      return [problem(field, `must be text, not ${describeInput(value)}: put it in quotes ("${String(value)}").`)];
    }
    return [problem(field, `must be ${expected}, not ${describeInput(value)}.`)];
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((option) => String(option)).join(', ');
    const suggestion = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
    const fix = suggestion ? ` Did you mean "${suggestion}"?` : '';
    return [problem(field, `${showValue(value)} is not one of: ${options}.${fix}`)];
  }
  if (issue.code === 'invalid_union') {
    return [problem(field, `${showValue(value)} does not have a valid form (see ${context.schemaFile}).`)];
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return [problem(field, `${issue.message.replace(/^Too small.*$/, `needs at least ${String(issue.minimum)} item(s)`)}.`)];
  }
  const message = issue.message.replace(/^Too (small|big): expected (\w+) to have ([<>=]+)(\d+).*$/, 'must have $3$4 characters');
  // Messages that end in a question ("Did you mean ...?") keep their own punctuation.
  return [problem(field, `${showValue(value)} ${message}${/[.?!]$/.test(message) ? '' : '.'}`)];
}
