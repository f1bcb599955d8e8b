/**
 * A problem a content author can cause, and the report that lists them all. Every problem
 * names the file and line, the field, what is wrong and how to fix it.
 */

export interface ContentProblem {
  /** Path relative to the project: `content/papers/raft.yaml`. */
  file: string;
  /** 1-based line of the field (or of the file's start). */
  line: number;
  /** The field path as an author writes it: `authors[2].family`, `prerequisites[0]`. */
  field: string;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line} ${problem.field}: ${problem.message}`;
}

/** Problems sorted by file, then line, then field, so the report is stable. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line !== b.line ? a.line - b.line : a.field < b.field ? -1 : a.field > b.field ? 1 : 0,
  );
}

export function formatReport(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const where = files === 1 ? '1 file' : `${files} files`;
  return [
    `Content check failed: ${count} in ${where}.`,
    ...sortProblems(problems).map((problem) => `  ${formatProblem(problem)}`),
    'Fix them and build again (the schemas in src/schemas/ describe every field).',
  ].join('\n');
}

/** Thrown once, with every problem, when the content does not pass the checks. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.problems = problems;
    this.name = 'ContentValidationError';
    // An author's mistake is not a crash: the report is the whole message, no stack.
    this.stack = '';
  }
}

/** Renders a field path the way an author would write it: `authors[2].family`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

/** A value as it appears in a message: strings quoted, others as written. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}
