/**
 * MDX bodies read with satteri, the Markdown/MDX compiler Astro 7's MDX integration uses, so the
 * content check sees exactly the syntax errors a build would hit, and pages can take parts of a
 * body (a paper's question and discussion prompts) as data. No astro:* imports.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { oncePer } from '../memo.ts';

/** The parts of an mdast node this site reads. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

export type ParsedMdx = { tree: MdNode } | { error: { line: number; column: number; message: string } };

/** Parses an MDX body (or a plain Markdown one); a syntax error comes back with its line and column within the body. */
export function parseMdx(body: string, markdown = false): ParsedMdx {
  try {
    return { tree: (markdown ? markdownToMdast(body) : mdxToMdast(body)) as unknown as MdNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text.trim());
    return { error: match ? { line: Number(match[1]), column: Number(match[2]), message: match[3]! } : { line: 1, column: 1, message: text } };
  }
}

/**
 * Every node of a tree, depth first. Kept per tree: each check walks every body (with arrays
 * spread at each level and a walk per check, this was 0.6 s of the check at 30 times the curriculum).
 */
export const nodes = oncePer((tree: MdNode): MdNode[] => {
  const all: MdNode[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    all.push(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return all;
});

const isJsx = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** JSX elements (`<Question>`, `<PaperLink />`) with the given name. */
export const elements = (tree: MdNode, name: string) => nodes(tree).filter((node) => isJsx(node) && node.name === name);

/** A JSX element's literal attribute value (`id="raft"`), if it has one. */
export function attribute(node: MdNode, name: string): string | undefined {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export const lineOf = (node: MdNode) => node.position?.start.line ?? 1;

/** Plain text of a node, as a reader sees it (link components give their id). */
export function textOf(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'mdxjsEsm') return node.value;
  if (isJsx(node) && !node.children?.length) return attribute(node, 'id') ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The level-2 headings of a body, as text. */
export const headings = (tree: MdNode) => nodes(tree).filter((node) => node.type === 'heading' && node.depth === 2).map((node) => ({ text: textOf(node).trim(), line: lineOf(node) }));

/** The items of the first list inside a node. */
export const listItems = (node: MdNode) => nodes(node).find((child) => child.type === 'list')?.children ?? [];

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Inline HTML of a node's content (text, code, emphasis, links; a link component becomes a link
 * through `linkFor`), for showing a question or a prompt outside its own page.
 */
export function inlineHtml(node: MdNode, linkFor: (component: string, id: string) => { href: string; text: string } | undefined): string {
  const render = (child: MdNode): string => {
    switch (child.type) {
      case 'text':
        return escape(child.value ?? '');
      case 'inlineCode':
        return `<code>${escape(child.value ?? '')}</code>`;
      case 'emphasis':
        return `<em>${(child.children ?? []).map(render).join('')}</em>`;
      case 'strong':
        return `<strong>${(child.children ?? []).map(render).join('')}</strong>`;
      case 'link':
        return `<a href="${escape(child.url ?? '')}">${(child.children ?? []).map(render).join('')}</a>`;
      case 'break':
        return ' ';
      case 'paragraph':
        return (child.children ?? []).map(render).join('');
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement': {
        const link = child.name ? linkFor(child.name, attribute(child, 'id') ?? '') : undefined;
        return link ? `<a href="${escape(link.href)}">${escape(link.text)}</a>` : (child.children ?? []).map(render).join('');
      }
      default:
        return (child.children ?? []).map(render).join(' ');
    }
  };
  return (node.children ?? []).map(render).join('').replace(/\s+/g, ' ').trim();
}
