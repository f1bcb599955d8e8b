/**
 * Schema problems in the author's terms: field, value, what is wrong and how to fix it.
 *
 * The wording comes in through zod's own error option (`safeParse(data, { error })`), which zod
 * consults for every issue whose schema gives no message of its own; messages a schema gives
 * (`year: 'must be a four-digit year such as 1978'`) win, as zod ranks them, and are shown after
 * the value. The fields a strict object accepts (for "Did you mean ...?") come from
 * `z.toJSONSchema`, zod's public description of a schema.
 */
import { z } from 'astro/zod';
import { closest } from '../../values/closest.ts';
import type { FieldPath } from '../content/entry.ts';
import { fieldName, showValue, type ContentProblem } from './problem.ts';
import { oncePer } from '../memo.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

export interface SchemaIssueContext {
  file: string;
  noun: string;
  schemaFile: string;
  lineOf(path: FieldPath): number;
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

/** The whole message for an issue whose schema gave none; `undefined` leaves zod's (never shown: every code is covered). */
function wording(issue: RawIssue, schemaFile: string): string | undefined {
  const value = issue.input;
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      if (value === undefined) return `is missing. Add a "{key}:" line{where} (see ${schemaFile}).`;
      if (issue.code === 'invalid_union') return `${showValue(value)} does not have a valid form (see ${schemaFile}).`;
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return `must be text, not ${describeInput(value)}: put it in quotes ("${String(value)}").`;
      }
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeInput(value)}.`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
      return `${showValue(value)} is not one of: ${options.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s).`;
      if (value === '') return 'is empty. Write its value after "{key}:".';
      return `${showValue(value)} is too short: it needs at least ${String(issue.minimum)} characters.`;
    case 'unrecognized_keys':
      return 'has fields its schema does not know.';
    default:
      return undefined;
  }
}

/** Field names a strict object accepts at `path`, from the schema's JSON Schema. */
type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };
const jsonSchemaOf = oncePer((schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const json = jsonSchemaOf(schema);
  const step = (node: JsonSchema | undefined, key: PropertyKey): JsonSchema | undefined => {
    if (!node) return undefined;
    if (node.anyOf) return node.anyOf.map((option) => step(option, key)).find(Boolean);
    return typeof key === 'number' ? node.items : node.properties?.[String(key)];
  };
  const node = path.reduce<JsonSchema | undefined>(step, json);
  const options = node?.anyOf ?? (node ? [node] : []);
  return options.flatMap((option) => Object.keys(option.properties ?? {}));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const authorPath = (path: readonly PropertyKey[]) => path.filter((part): part is string | number => typeof part !== 'symbol');

/** Checks `data` against `schema`: the parsed data, or every problem. */
export function schemaProblems(
  schema: z.ZodType<Record<string, unknown>>,
  data: unknown,
  context: SchemaIssueContext,
): { data?: Record<string, unknown>; problems: ContentProblem[] } {
  // Messages worded here are whole; `{key}` and `{where}` are filled in once the issue has its full path.
  const ours = new Set<string>();
  const result = schema.safeParse(data, {
    error: (issue) => {
      const message = wording(issue, context.schemaFile);
      if (message !== undefined) ours.add(message);
      return message;
    },
  });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => toProblems(issue, ours, schema, data, context)) };
}

/** A value written as text where YAML needs a list, a group of fields or a number, rewritten in the form it needs. */
const YAML_PLAIN = /^[\w.@/-]+$/;
const yamlValue = (value: string) => (YAML_PLAIN.test(value) ? value : JSON.stringify(value));
function asGroup(keys: readonly string[], text: string): string {
  if (keys.includes('given') && keys.includes('family')) {
    const words = text.trim().split(/\s+/);
    const family = words.pop() ?? '';
    return `{ given: ${yamlValue(words.join(' ') || '...')}, family: ${yamlValue(family)} }`;
  }
  return `{ ${keys.map((key) => `${key}: ...`).join(', ')} }`;
}

function structureMessage(issue: Issue, schema: z.ZodType, data: unknown, path: readonly (string | number)[]): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const value = valueAt(data, path);
  const key = String(path.findLast((part) => typeof part === 'string') ?? fieldName(path));
  if (typeof value === 'string' && issue.expected === 'number' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return `is the text "${value}": numbers are written without quotes. Write ${key}: ${value.trim()}.`;
  }
  if (typeof value === 'string' && issue.expected === 'array') {
    const itemKeys = knownKeys(schema, [...path, 0]);
    const parts = value.split(itemKeys.includes('family') ? /\s*(?:,|;|\band\b)\s*/ : /\s*(?:,|;|\band\b|\s)\s*/).filter(Boolean);
    const items = parts.map((part) => (itemKeys.length ? asGroup(itemKeys, part) : yamlValue(part)));
    return `must be a list, not the text ${JSON.stringify(value)}. Write it in brackets: ${key}: [${items.join(', ')}].`;
  }
  if (typeof value === 'string' && issue.expected === 'object') {
    const keys = knownKeys(schema, path);
    if (keys.length) return `must be a group of fields, not the text ${JSON.stringify(value)}. Write it as ${asGroup(keys, value)}.`;
  }
  return undefined;
}

function toProblems(issue: Issue, ours: ReadonlySet<string>, schema: z.ZodType, data: unknown, context: SchemaIssueContext): ContentProblem[] {
  const path = authorPath(issue.path);
  const problem = (at: FieldPath, message: string): ContentProblem => ({ file: context.file, line: context.lineOf(at), field: fieldName(at), message });
  const structure = structureMessage(issue, schema, data, path);
  if (structure) return [problem(path, structure)];
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path);
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      const fix = suggestion ? `Did you mean "${suggestion}"?` : `Remove it, or use one of the fields in ${context.schemaFile}.`;
      return problem([...path, key], `is not a field of a ${context.noun}. ${fix}`);
    });
  }
  if (ours.has(issue.message)) {
    const key = String(path[path.length - 1] ?? fieldName(path));
    return [problem(path, issue.message.replace('{key}', key).replace('{where}', path.length > 1 ? ' to this item' : ''))];
  }
  // A message the schema gives itself follows the value it is about.
  const message = issue.message;
  return [problem(path, `${showValue(valueAt(data, path))} ${message}${/[.?!]$/.test(message) ? '' : '.'}`)];
}
