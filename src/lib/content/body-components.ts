/**
 * The components an item's MDX body may use, as functions from attributes and rendered children to
 * HTML (see body-html.ts): each kind's link component (`<PaperLink id="raft" />`, declared as
 * `linkComponent` in the registry) and the reading guide's sections. The content check reports any
 * other component at its line.
 */
import type { BodyComponent } from './body-html.ts';
import { escapeHtml } from './body-html.ts';
import { registry, type AnyRegistry } from './registry.ts';

/** The reading guide's sections: `<Question basis="§5.4">`, `<Discussion>`, `<Exercise title="...">`. */
export const GUIDE_COMPONENTS = ['Question', 'Discussion', 'Exercise'] as const;

/** Every component a body may use: the registry's link components and the guide's sections. */
export const bodyComponentNames = (kinds: AnyRegistry = registry as AnyRegistry): string[] => [
  ...Object.values(kinds).flatMap((spec) => (spec.linkComponent ? [spec.linkComponent] : [])),
  ...GUIDE_COMPONENTS,
];

/** A link component's target: where it points and the text it shows; undefined for an unknown id. */
export type LinkFor = (component: string, id: string) => { href: string; text: string } | undefined;

/** The components, with links resolved by `linkFor` (the content check has made sure every id exists). */
export function bodyComponents(linkFor: LinkFor, kinds: AnyRegistry = registry as AnyRegistry): Record<string, BodyComponent> {
  const link =
    (component: string): BodyComponent =>
    ({ id = '' }) => {
      const target = linkFor(component, id);
      if (!target) throw new Error(`<${component} id="${id}">: no such item (the content check reports this before a build).`);
      return `<a href="${escapeHtml(target.href)}">${escapeHtml(target.text)}</a>`;
    };
  return {
    ...Object.fromEntries(Object.values(kinds).flatMap((spec) => (spec.linkComponent ? [[spec.linkComponent, link(spec.linkComponent)]] : []))),
    Question: ({ basis = '' }, children) =>
      `<section class="guide-question" id="question">\n  <h2>Question to answer before the meeting</h2>\n  <div class="question-text">${children}</div>\n  <p class="meta">Rests on ${escapeHtml(basis)} of the paper.</p>\n</section>`,
    Discussion: (_, children) => `<section class="guide-discussion" id="discussion">\n  <h2>Discussion prompts</h2>\n  ${children}\n</section>`,
    Exercise: ({ title = '' }, children) => `<section class="guide-exercise" id="exercise">\n  <h2>Exercise: ${escapeHtml(title)}</h2>\n  ${children}\n</section>`,
  };
}
