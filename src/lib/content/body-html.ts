/**
 * An item's MDX body as HTML, rendered once per body at build time instead of compiled into a
 * JavaScript module per file. The bodies use Markdown and a handful of the site's components
 * (`<PaperLink id>`, `<Question basis>`, ...) and no expressions or imports (the content check
 * allows none), so a module per body bought nothing: at 30 times the curriculum, 1,900 MDX modules
 * were 12 of Vite's 15 s and most of the peak memory. The Markdown goes through satteri, the
 * compiler Astro's MDX integration uses, with the same features (GFM, smart punctuation) and the
 * same heading ids (github-slugger, as Astro's heading-ids plugin), so the pages are unchanged.
 * No astro:* imports; components come in as functions from HTML to HTML.
 */
import GithubSlugger from 'github-slugger';
import { markdownToHast, mdxToHast } from 'satteri';

/** The parts of a hast node (satteri's `mdxToHast`) this renderer reads. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

/** A component: its literal attributes and its rendered children in, HTML out. */
export type BodyComponent = (attributes: Readonly<Record<string, string>>, children: string) => string;

export interface BodyOptions {
  /** The components a body may use, by name. */
  components: Readonly<Record<string, BodyComponent>>;
  /** `false` drops the body's own `##` headings, where the page names the section itself. */
  sectionHeadings?: boolean;
  /** A Markdown body (`.md`): HTML in it is kept as written, and `<` or `{` are plain text. */
  markdown?: boolean;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** Escapes text and attribute values as Astro does, so rendered bodies read the same as before. */
export const escapeHtml = (value: string) => value.replace(/[&<>'"]/g, (character) => ENTITIES[character]!);

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** hast property names that are not their HTML attribute names. */
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

/** The HTML name of a hast property: `dataFootnoteRef` -> `data-footnote-ref`, `ariaDescribedBy` -> `aria-describedby`. */
function attributeName(property: string): string {
  if (ATTRIBUTE_NAMES[property]) return ATTRIBUTE_NAMES[property];
  if (/^data[A-Z]/.test(property)) return `data${property.slice(4).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  return property;
}

function attributesHtml(properties: Record<string, unknown>): string {
  return Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => {
      const attribute = attributeName(name);
      if (value === true) return ` ${attribute}`;
      return ` ${attribute}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
    })
    .join('');
}

/** Plain text of a node, for heading ids. */
const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** A JSX element's literal attributes (`id="raft"`); the content check allows no others. */
function literalAttributes(node: HastNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
  }
  return attributes;
}

/** Renders a body (the MDX after its front matter) to HTML. Throws on a component not in `options`. */
export function renderBody(body: string, options: BodyOptions): string {
  const features = { features: { gfm: true, smartPunctuation: true }, position: false };
  const tree = (options.markdown ? markdownToHast(body, features) : mdxToHast(body, features)) as unknown as HastNode;
  const slugger = new GithubSlugger();
  const render = (node: HastNode): string => {
    const children = () => (node.children ?? []).map(render).join('');
    switch (node.type) {
      case 'root':
        return children();
      case 'text':
        return escapeHtml(node.value ?? '');
      case 'raw':
        return node.value ?? '';
      case 'element': {
        const tag = node.tagName!;
        const properties = { ...node.properties };
        if (/^h[1-6]$/.test(tag)) {
          if (tag === 'h2' && options.sectionHeadings === false) return '';
          properties.id ??= slugger.slug(textOf(node));
        }
        const open = `<${tag}${attributesHtml(properties)}>`;
        return VOID_ELEMENTS.has(tag) ? open : `${open}${children()}</${tag}>`;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const component = node.name ? options.components[node.name] : undefined;
        if (component) return component(literalAttributes(node), children());
        // Lower-case JSX is plain HTML (`<br />`, `<abbr title="...">`).
        if (node.name && /^[a-z]/.test(node.name)) return render({ type: 'element', tagName: node.name, properties: literalAttributes(node), children: node.children ?? [] });
        throw new Error(`<${node.name ?? ''}> is not a component a body can use.`);
      }
      default:
        // Comments, expressions and imports: the content check allows none of them in a body.
        return '';
    }
  };
  return render(tree);
}
