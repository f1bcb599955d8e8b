/** Ids used by link components inside MDX bodies: `<PaperLink id="raft" />`. */
import type { RawEntry } from '../content/entry.ts';
import { findUnknownReferences } from '../graph/index.ts';
import type { ContentProblem } from './problem.ts';
import { folderOf, unknownIdFix, type ReferenceContext } from './references.ts';
import type { EntryView } from './rules.ts';

export interface ComponentReference {
  component: string;
  id: string;
  /** 1-based line within the body. */
  line: number;
}

const COMPONENT = /<(\w+)\s[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g;

/** Every `<Name ... id="...">` in a body whose name is in `components`. */
export function componentReferences(body: string, components: ReadonlySet<string>): ComponentReference[] {
  const found: ComponentReference[] = [];
  for (const match of body.matchAll(COMPONENT)) {
    const component = match[1]!;
    if (!components.has(component)) continue;
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ component, id: match[2] ?? match[3] ?? '', line });
  }
  return found;
}

/** Link components whose id names no item of their kind (each kind declares its `linkComponent`). */
export function checkComponentIds(entries: readonly RawEntry[], views: readonly EntryView[], context: ReferenceContext): ContentProblem[] {
  const targets = new Map(Object.entries(context.kinds).flatMap(([kind, spec]) => (spec.linkComponent ? [[spec.linkComponent, kind] as const] : [])));
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((e) => e.body)) {
    const references = componentReferences(entry.body, new Set(targets.keys()));
    for (const [component, kind] of targets) {
      const uses = references.filter((reference) => reference.component === component);
      if (!uses.length) continue;
      const known = views.filter((view) => view.kind === kind).map((view) => view.id);
      for (const miss of findUnknownReferences([{ id: entry.id, prerequisites: uses.map((use) => use.id) }], known)) {
        const use = uses[miss.index]!;
        problems.push({
          file: entry.file,
          line: entry.bodyLine + use.line - 1,
          field: `<${component} id>`,
          message: `unknown ${context.kinds[kind]!.noun} "${use.id}". ${unknownIdFix(miss.suggestion, folderOf(context, kind))}`,
        });
      }
    }
  }
  return problems;
}
