/**
 * One of the roadmap's four phases. One MDX file per phase in `content/phases/`; the body is the
 * phase's narrative and may use the `<PaperLink id="...">` and `<LabLink id="...">` components.
 */
import { z } from 'astro/zod';
import { monthRange, text } from './common.ts';

export const phaseSchema = z.strictObject({
  /** The phase's name without its number: `Foundations`. */
  title: text,
  /** Position of the phase in the roadmap, from 1. */
  order: z.number().int().min(1, 'must be 1 or more: phases are numbered from 1'),
  /** The months the phase spans, as the overview table gives them (`0–3` is `{ start: 0, end: 3 }`). */
  months: monthRange,
  /** The overview table's "Focus" column. */
  focus: text,
  /** The overview table's "Target Outcome" column. */
  outcome: text,
  /** One or two sentences for the page's meta description and the home page. */
  summary: text,
});

export type PhaseData = z.infer<typeof phaseSchema>;
