/** Ids used by link components inside MDX bodies: `<PaperLink id="raft" />`. */
import type { CollectionName } from '../content/collections.ts';

/** The MDX components that take an id, and the collection the id belongs to. */
export const linkComponents: Readonly<Record<string, CollectionName>> = {
  PaperLink: 'papers',
  LabLink: 'labs',
  PhaseLink: 'phases',
  BookLink: 'books',
};

export interface ComponentReference {
  component: string;
  id: string;
  /** 1-based line within the body. */
  line: number;
}

const COMPONENT = /<(\w+)\s[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g;

export function componentReferences(body: string): ComponentReference[] {
  const found: ComponentReference[] = [];
  for (const match of body.matchAll(COMPONENT)) {
    const component = match[1]!;
    if (!(component in linkComponents)) continue;
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ component, id: match[2] ?? match[3] ?? '', line });
  }
  return found;
}
