/** A course from the roadmap's course table. One YAML file per course in `content/courses/`. */
import { z } from 'astro/zod';
import { contentId, text, webUrl } from './common.ts';

export const courseSchema = z.strictObject({
  /** Course name as the roadmap gives it: `6.824 Distributed Systems`. */
  title: text,
  /** Who teaches it: `MIT`. */
  institution: text,
  /** The table's "Format" column. */
  format: text,
  /** The table's "Focus" column. */
  focus: text,
  /** The course's public page, where the roadmap gives one. */
  url: webUrl.optional(),
  /** Phase that uses it, if the roadmap ties it to one (phase id). */
  phase: contentId.optional(),
  /** Position in the table. */
  order: z.number().int().min(1),
});
