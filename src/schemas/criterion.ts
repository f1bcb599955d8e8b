/**
 * One success criterion: a checkable statement that a phase (or a lab) is done.
 * One YAML file per criterion in `content/criteria/`; the file name is its stable id, used by
 * progress tracking, so never rename one that has been published.
 */
import { z } from 'astro/zod';
import { contentId, text } from './common.ts';

export const criterionSchema = z.strictObject({
  /** The criterion, in the roadmap's words. */
  text,
  /** The phase whose success criteria list it (phase id). */
  phase: contentId,
  /** Position in the roadmap's list. */
  order: z.number().int().min(1),
  /** Set when the roadmap lists it under a lab rather than the phase (lab id). */
  lab: contentId.optional(),
  /** Labs the criterion checks (lab ids), so lab pages can show it. */
  labs: z.array(contentId).default([]),
  /** Papers the criterion checks (paper ids). */
  papers: z.array(contentId).default([]),
});
