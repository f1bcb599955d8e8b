/**
 * Reads the content folder into raw entries: parsed YAML or MDX front matter, the body, and a
 * way to find the line of any field, so problems can point at `file:line`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { FieldPath, RawEntry } from './entry.ts';
import { explainYamlError } from './yaml-errors.ts';
import type { AnyRegistry, KindSpec } from './registry.ts';

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
  const lines = source.split(/\r?\n/);
  // One problem per line: after an unclosed quote or bracket the yaml library reports a second
  // error at the same place (where the text ends), which is the first one's consequence.
  const reportedAt = new Set<number>();
  const explained = new Set<number>();
  const syntaxErrors = doc.errors
    .filter((error) => {
      const line = counter.linePos(error.pos[0]).line;
      return !reportedAt.has(line) && reportedAt.add(line);
    })
    .map((error) => explainYamlError(error.code, error.message.split('\n')[0] ?? error.message, lines, counter.linePos(error.pos[0]).line - 1, offsetLines))
    .filter((problem) => !explained.has(problem.line) && explained.add(problem.line))
    .map((problem) => ({ ...problem, line: problem.line + 1 + offsetLines }));
  const data = syntaxErrors.length ? undefined : doc.toJS();
  return { data, syntaxErrors, lineOf: lineLocator(doc, counter, offsetLines) };
}

/** Reads one kind's folder; files with other extensions are reported by the validator. */
function readKind(root: string, kind: string, spec: KindSpec, relativeRoot: string): { entries: RawEntry[]; strayFiles: string[] } {
  const folder = join(root, spec.folder);
  const entries: RawEntry[] = [];
  const strayFiles: string[] = [];
  if (!existsSync(folder)) return { entries, strayFiles };
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = `${relativeRoot}/${spec.folder}/${name}`;
    const extension = name.slice(name.lastIndexOf('.') + 1);
    if (!name.includes('.') || !spec.extensions.includes(extension)) {
      strayFiles.push(file);
      continue;
    }
    const id = name.slice(0, name.lastIndexOf('.'));
    const source = readFileSync(join(folder, name), 'utf8');
    if (extension === 'mdx' || extension === 'md') {
      const match = FRONT_MATTER.exec(source);
      const yamlSource = match?.[1] ?? '';
      const parsed = parseYaml(yamlSource, 1);
      const bodyStart = match ? match[0].length : 0;
      entries.push({
        kind, id, file, ...parsed,
        syntaxErrors: match ? parsed.syntaxErrors : [{ line: 1, field: '(file)', message: 'has no front matter. Start the file with a `---` line, the YAML fields, and another `---` line.' }],
        body: source.slice(bodyStart),
        bodyLine: source.slice(0, bodyStart).split('\n').length,
      });
    } else {
      entries.push({ kind, id, file, ...parseYaml(source, 0), body: '', bodyLine: 0 });
    }
  }
  return { entries, strayFiles };
}

/** Reads every kind of `kinds` under `root` (shown in file names as `relativeRoot`). */
export function readContent(root: string, relativeRoot: string, kinds: AnyRegistry) {
  const entries: RawEntry[] = [];
  const strayFiles: { kind: string; file: string }[] = [];
  for (const [kind, spec] of Object.entries(kinds)) {
    const result = readKind(root, kind, spec, relativeRoot);
    entries.push(...result.entries);
    strayFiles.push(...result.strayFiles.map((file) => ({ kind, file })));
  }
  return { entries, strayFiles };
}
