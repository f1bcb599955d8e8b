/**
 * What each kind's MDX body must hold, for the study-group kit: a paper's reading guide (why read
 * it, what to look for, one question with the section it rests on, at least three discussion
 * prompts), a lab's steps and pass check, a criterion's self-check, a design problem's worksheet.
 */
import { attribute, elements, headings, lineOf, listItems, type MdNode } from '../content/mdx.ts';

/** A problem in a body, at a line of the body; the check turns it into a line of the file. */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

/** The body must have these `## ` headings. */
export function requireHeadings(names: readonly string[], what: string) {
  return (tree: MdNode): BodyProblem[] => {
    const present = new Set(headings(tree).map((heading) => heading.text));
    return names
      .filter((name) => !present.has(name))
      .map((name) => ({ line: 1, field: `## ${name}`, message: `is missing: ${what} has a section "## ${name}". Add it to the body, below the front matter.` }));
  };
}

export const MIN_DISCUSSION_PROMPTS = 3;

/** A paper's reading guide. */
export function paperGuide(tree: MdNode): BodyProblem[] {
  const problems = requireHeadings(['Why read it', 'What to look for'], 'a paper’s reading guide')(tree);
  const questions = elements(tree, 'Question');
  if (questions.length === 0) {
    problems.push({ line: 1, field: '<Question>', message: 'is missing: a reading guide has one question to answer before the meeting. Add `<Question basis="§5.4">...</Question>` to the body.' });
  }
  for (const extra of questions.slice(1)) problems.push({ line: lineOf(extra), field: '<Question>', message: 'is there more than once: a reading guide has one question. Keep one; make the others discussion prompts.' });
  for (const question of questions.slice(0, 1)) {
    if (!attribute(question, 'basis')?.trim()) {
      problems.push({ line: lineOf(question), field: '<Question basis>', message: 'is missing: say which section or figure of the paper the question rests on, e.g. `basis="§5.4.2, Figure 8"`.' });
    }
  }
  const discussions = elements(tree, 'Discussion');
  if (discussions.length === 0) {
    problems.push({ line: 1, field: '<Discussion>', message: `is missing: a reading guide has at least ${MIN_DISCUSSION_PROMPTS} discussion prompts. Add \`<Discussion>\` with a "- " list of prompts and \`</Discussion>\`.` });
  }
  for (const discussion of discussions.slice(0, 1)) {
    const prompts = listItems(discussion).length;
    if (prompts < MIN_DISCUSSION_PROMPTS) {
      problems.push({ line: lineOf(discussion), field: '<Discussion>', message: `has ${prompts} prompt${prompts === 1 ? '' : 's'}: a reading guide has at least ${MIN_DISCUSSION_PROMPTS}, as a "- " list. Add more.` });
    }
  }
  return problems;
}

export const labGuide = requireHeadings(['Steps', 'Hints', 'Common bugs', 'How to know it passes'], 'a lab');
export const criterionGuide = requireHeadings(['How to check yourself'], 'a success criterion');
export const WORKSHEET_SECTIONS = ['Requirements', 'API', 'Data model', 'Failure modes', 'Back-of-the-envelope', 'Trade-offs', 'Critique rubric'] as const;
export const designWorksheet = requireHeadings(WORKSHEET_SECTIONS, 'a design problem’s worksheet');
