/**
 * Reads the content folder into raw entries: parsed YAML or MDX front matter, the body, and a
 * way to find the line of any field, so problems can point at `file:line`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { collectionNames, collectionSpecs, type CollectionName } from './collections.ts';

export type FieldPath = ReadonlyArray<string | number>;

export interface RawEntry {
  collection: CollectionName;
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
  /** YAML syntax errors, already with line numbers. */
  syntaxErrors: { line: number; message: string }[];
  /** 1-based line of the value at `path`, or of its closest existing parent. */
  lineOf(path: FieldPath): number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function lineLocator(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: FieldPath): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      // For a map or sequence item the key line is more useful than the value's first line.
      if (depth > 0) {
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[depth - 1]);
          const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
          if (keyRange) return counter.linePos(keyRange[0]).line + offsetLines;
        } else if (isSeq(parent) && node?.range) {
          return counter.linePos(node.range[0]).line + offsetLines;
        }
      }
      if (node?.range) return counter.linePos(node.range[0]).line + offsetLines;
    }
    return 1 + offsetLines;
  };
}

/** Parses YAML with line numbers for every field (`offsetLines` for front matter). */
export function parseYaml(source: string, offsetLines: number) {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((error) => ({
    line: counter.linePos(error.pos[0]).line + offsetLines,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const data = syntaxErrors.length ? undefined : doc.toJS();
  return { data, syntaxErrors, lineOf: lineLocator(doc, counter, offsetLines) };
}

/** Reads one collection folder; files with other extensions are reported by the validator. */
export function readCollection(root: string, collection: CollectionName, relativeRoot = 'content'): { entries: RawEntry[]; strayFiles: string[] } {
  const spec = collectionSpecs[collection];
  const folder = join(root, spec.folder);
  const entries: RawEntry[] = [];
  const strayFiles: string[] = [];
  if (!existsSync(folder)) return { entries, strayFiles };
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = `${relativeRoot}/${spec.folder}/${name}`;
    const extension = name.slice(name.lastIndexOf('.') + 1);
    if (!name.includes('.') || !(spec.extensions as readonly string[]).includes(extension)) {
      strayFiles.push(file);
      continue;
    }
    const id = name.slice(0, name.lastIndexOf('.'));
    const source = readFileSync(join(folder, name), 'utf8');
    if (extension === 'mdx') {
      const match = FRONT_MATTER.exec(source);
      const yamlSource = match?.[1] ?? '';
      const parsed = parseYaml(yamlSource, 1);
      const bodyStart = match ? match[0].length : 0;
      entries.push({
        collection, id, file, ...parsed,
        syntaxErrors: match ? parsed.syntaxErrors : [{ line: 1, message: 'has no front matter: start the file with a `---` line, the YAML fields, and another `---` line' }],
        body: source.slice(bodyStart),
        bodyLine: source.slice(0, bodyStart).split('\n').length,
      });
    } else {
      entries.push({ collection, id, file, ...parseYaml(source, 0), body: '', bodyLine: 0 });
    }
  }
  return { entries, strayFiles };
}

/** Reads every collection under `root`. */
export function readContent(root: string, relativeRoot = 'content') {
  const entries: RawEntry[] = [];
  const strayFiles: { collection: CollectionName; file: string }[] = [];
  for (const collection of collectionNames) {
    const result = readCollection(root, collection, relativeRoot);
    entries.push(...result.entries);
    strayFiles.push(...result.strayFiles.map((file) => ({ collection, file })));
  }
  return { entries, strayFiles };
}
