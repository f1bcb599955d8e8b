/**
 * The curriculum as plain JSON for other tools (`/api/curriculum.json`): one section per kind
 * of the registry, in its order, each item with its site path where the registry says so, and
 * papers with their reading-order position and what they unlock. Stable field order.
 */
import type { Curriculum } from './curriculum.ts';
import { registry, type AnyRegistry, type RegisteredItem } from './content/registry.ts';

export const CURRICULUM_JSON_VERSION = 1;

export function curriculumJson(curriculum: Curriculum, kinds: AnyRegistry = registry) {
  const sections = Object.entries(kinds).map(([kind, spec]) => {
    const items = (curriculum as unknown as Record<string, RegisteredItem[]>)[kind] ?? [];
    const listed = items.map((item) => ({
      ...item,
      ...(spec.pathInApi && spec.route ? { path: spec.route(item) } : {}),
      ...(spec.ordering === 'reading-order' ? { position: curriculum.position.get(item.id), unlocks: curriculum.unlocks.get(item.id) ?? [] } : {}),
    }));
    return [kind, listed] as const;
  });
  return {
    version: CURRICULUM_JSON_VERSION,
    title: 'Distributed Systems Engineer Learning Roadmap',
    months: 36,
    readingOrder: curriculum.readingOrder,
    generations: curriculum.generations,
    ...Object.fromEntries(sections),
  };
}
