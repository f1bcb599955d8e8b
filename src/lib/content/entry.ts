/** Content files as the checks and the curriculum model see them. */
export type FieldPath = ReadonlyArray<string | number>;

/** One file as read: parsed YAML (or MDX front matter), its body, and a way to find any field's line. */
export interface RawEntry {
  /** The kind (registry key) the file belongs to. */
  kind: string;
  /** The file name without its extension. */
  id: string;
  /** Path relative to the project, with forward slashes: `content/papers/raft.yaml`. */
  file: string;
  /** Parsed YAML (front matter for MDX); `undefined` when the YAML could not be parsed. */
  data: unknown;
  /** MDX body, empty for YAML. */
  body: string;
  /** Line of the body's first line in the file (for MDX). */
  bodyLine: number;
  /** YAML syntax errors, at the line of the mistake, with the field when it can be told. */
  syntaxErrors: { line: number; field?: string; message: string }[];
  /** 1-based line of the value at `path`, or of its closest existing parent. */
  lineOf(path: FieldPath): number;
}

/** A file that passed its schema: the schema's output (defaults applied). */
export interface ContentEntry {
  kind: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}
