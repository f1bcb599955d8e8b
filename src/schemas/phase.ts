/**
 * One of the roadmap's four phases. One MDX file per phase in `content/phases/`; the body is the
 * phase's narrative and may use the `<PaperLink id="...">` and `<LabLink id="...">` components.
 */
import { z } from 'astro/zod';
import { contentId, monthRange, text } from './common.ts';

/**
 * A stretch of the phase in which the roadmap schedules a named group of papers ("Month 5–6:
 * Storage System Papers"); the schedule spreads those papers over it. Papers of the phase in no
 * window are spread over the whole phase.
 */
export const readingWindow = z.strictObject({
  /** The roadmap's heading for the group: `Storage system papers`. */
  title: text,
  /** The months, on the schedule's timeline: "Month 5–6" is `{ start: 5, end: 6 }`. */
  months: monthRange,
  /** The papers read in it (paper ids). */
  papers: z.array(contentId).min(1),
});

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
  /** Named groups of papers the roadmap schedules in part of the phase. */
  readingWindows: z.array(readingWindow).default([]),
});
