/**
 * Checks of MDX bodies: the body compiles (with the compiler Astro uses, so a build never meets
 * an MDX error the check missed), every link component names an existing item, and each kind's
 * own rules for its body (a paper's reading guide has its question and prompts).
 */
import { closest } from '../../values/closest.ts';
import { bodyComponentNames } from '../content/body-components.ts';
import type { RawEntry } from '../content/entry.ts';
import { attribute, elements, lineOf, nodes, parseMdx, type MdNode } from '../content/mdx.ts';
import { findUnknownReferences } from '../graph/index.ts';
import type { ContentProblem } from './problem.ts';
import { folderOf, unknownIdFix, type ReferenceContext } from './references.ts';

/** How to fix the MDX syntax errors authors meet most. */
function syntaxHint(message: string): string {
  if (/closing tag|end of file.*tag/i.test(message)) return 'Close the component: `<Question ...>` needs `</Question>`, and a link component ends with `/>`, as in `<PaperLink id="raft" />`.';
  if (/after `<`/.test(message)) return 'A `<` in text starts a component in MDX: write "less than", `&lt;`, or put it in backticks.';
  if (/brace|`\{`/.test(message)) return 'A `{` in text starts an expression in MDX: write `\\{`, or put it in backticks.';
  return 'Fix the MDX syntax (components, `<`, `{`) on that line.';
}

/** Parses every MDX body once: its tree, or a problem at the line of the syntax error. */
export function parseBodies(entries: readonly RawEntry[]): { trees: Map<string, MdNode>; problems: ContentProblem[] } {
  const trees = new Map<string, MdNode>();
  const problems: ContentProblem[] = [];
  for (const entry of entries.filter((candidate) => /\.mdx?$/.test(candidate.file) && !candidate.syntaxErrors.length)) {
    const parsed = parseMdx(entry.body, entry.file.endsWith('.md'));
    if ('tree' in parsed) trees.set(entry.file, parsed.tree);
    else {
      const message = parsed.error.message.replace(/\s*\(\d+:\d+\)/g, '').replace(/\.$/, '');
      problems.push({ file: entry.file, line: entry.bodyLine + parsed.error.line - 1, field: '(MDX)', message: `${message}. ${syntaxHint(message)}` });
    }
  }
  return { trees, problems };
}

/** Link components whose id names no item of their kind (each kind declares its `linkComponent`). */
export function checkComponentIds(entries: readonly RawEntry[], trees: ReadonlyMap<string, MdNode>, context: ReferenceContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const tree = trees.get(entry.file);
    if (!tree) continue;
    for (const [kind, spec] of Object.entries(context.kinds)) {
      if (!spec.linkComponent) continue;
      const uses = elements(tree, spec.linkComponent)
        // An id in braces is reported by checkBodyElements, not as an unknown id here.
        .filter((node) => !node.attributes?.some((candidate) => candidate.name === 'id' && typeof candidate.value !== 'string'))
        .map((node) => ({ id: attribute(node, 'id') ?? '', line: lineOf(node) }));
      if (!uses.length) continue;
      const known = context.idsOf(kind);
      for (const miss of findUnknownReferences([{ id: entry.id, prerequisites: uses.map((use) => use.id) }], known)) {
        problems.push({
          file: entry.file,
          line: entry.bodyLine + uses[miss.index]!.line - 1,
          field: `<${spec.linkComponent} id>`,
          message: `unknown ${spec.noun} "${miss.target}". ${unknownIdFix(miss.suggestion, folderOf(context, kind))}`,
        });
      }
    }
  }
  return problems;
}

/** Each kind's own rules for its bodies (`body` in the registry). */
export function checkBodyRules(entries: readonly RawEntry[], trees: ReadonlyMap<string, MdNode>, context: ReferenceContext): ContentProblem[] {
  return entries.flatMap((entry) => {
    const rules = context.kinds[entry.kind]?.body;
    const tree = trees.get(entry.file);
    if (!rules || !tree) return [];
    return rules(tree).map((problem) => ({ file: entry.file, line: entry.bodyLine + problem.line - 1, field: problem.field, message: problem.message }));
  });
}

/**
 * What a body may hold besides Markdown: the site's components with attributes written as text, and
 * lower-case HTML. Bodies are rendered to HTML at build time (src/lib/content/body-html.ts), not run
 * as code, so imports, exports, `{expressions}` and other components would be lost: each is
 * reported at its line.
 */
export function checkBodyElements(entries: readonly RawEntry[], trees: ReadonlyMap<string, MdNode>, context: ReferenceContext): ContentProblem[] {
  const names = bodyComponentNames(context.kinds);
  const allowed = `The components a body can use: ${names.map((name) => `<${name}>`).join(', ')}.`;
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const tree = trees.get(entry.file);
    if (!tree) continue;
    const report = (node: MdNode, field: string, message: string) => problems.push({ file: entry.file, line: entry.bodyLine + lineOf(node) - 1, field, message });
    for (const node of nodes(tree)) {
      if (node.type === 'mdxjsEsm') report(node, '(MDX)', `\`${(node.value ?? '').split('\n')[0]}\`: a body cannot import or export. Delete the line: the site's components need no import. ${allowed}`);
      else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') report(node, '(MDX)', `\`{${node.value ?? ''}}\` is an expression, which a body does not run. Write the text itself, or \`\\{\` for a brace.`);
      else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== undefined) {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && !names.includes(name)) {
          const suggestion = closest(name, names);
          report(node, `<${name}>`, `is not a component a body can use. ${suggestion ? `Did you mean <${suggestion}>? ` : ''}${allowed}`);
        } else if (!name) report(node, '(MDX)', `\`<>\` (a fragment) is not needed in a body: remove \`<>\` and \`</>\`.`);
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string')) {
            report(node, `<${name}${attr.name ? ` ${attr.name}` : ''}>`, `an attribute in braces is an expression, which a body does not run. Write it as text in quotes, as in <PaperLink id="raft" />.`);
          }
        }
      }
    }
  }
  return problems;
}
