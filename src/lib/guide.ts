/**
 * The parts of a paper's reading guide that other pages use: the question to answer before the
 * meeting (and the section it rests on), the discussion prompts and the exercise's title. The
 * content check has made sure every paper has them.
 */
import { attribute, elements, inlineHtml, listItems, parseMdx, textOf, type MdNode } from './content/mdx.ts';

export interface GuideParts {
  question: MdNode | undefined;
  basis: string | undefined;
  prompts: MdNode[];
  exercise: string | undefined;
}

export function guideParts(body: string): GuideParts {
  const parsed = parseMdx(body);
  if (!('tree' in parsed)) return { question: undefined, basis: undefined, prompts: [], exercise: undefined };
  const [question] = elements(parsed.tree, 'Question');
  const [discussion] = elements(parsed.tree, 'Discussion');
  const [exercise] = elements(parsed.tree, 'Exercise');
  return {
    question,
    basis: question ? attribute(question, 'basis') : undefined,
    prompts: discussion ? listItems(discussion) : [],
    exercise: exercise ? attribute(exercise, 'title') : undefined,
  };
}

/** A guide ready to show away from its paper: HTML (links resolved by `linkFor`) and plain text. */
export interface PaperGuide {
  questionHtml: string;
  questionText: string;
  basis: string;
  promptsHtml: string[];
  exercise?: string;
}

export function paperGuide(body: string, linkFor: Parameters<typeof inlineHtml>[1]): PaperGuide | undefined {
  const parts = guideParts(body);
  if (!parts.question) return undefined;
  return {
    questionHtml: inlineHtml(parts.question, linkFor),
    questionText: textOf(parts.question).replace(/\s+/g, ' ').trim(),
    basis: parts.basis ?? '',
    promptsHtml: parts.prompts.map((prompt) => inlineHtml(prompt, linkFor)),
    ...(parts.exercise ? { exercise: parts.exercise } : {}),
  };
}
