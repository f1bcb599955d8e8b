/** An implementation project from the roadmap's summary table. One YAML file each in `content/projects/`. */
import { z } from 'astro/zod';
import { contentId, text } from './common.ts';

export const projectSchema = z.strictObject({
  /** Project name: `Raft from scratch`. */
  title: text,
  /** Languages the roadmap suggests, as written: `Go or Rust`. */
  language: text,
  /** Estimated time in weeks: the table's "1 week" is `{ min: 1, max: 1 }`, "3–4 weeks" `{ min: 3, max: 4 }`. */
  weeks: z.strictObject({
    /** Fewest weeks. */
    min: z.number().positive(),
    /** Most weeks, not below `min`. */
    max: z.number().positive(),
  }),
  /** The "Skills Developed" column, one skill per item. */
  skills: z.array(text).min(1),
  /** Phase the project belongs to (phase id). */
  phase: contentId,
  /** Labs that make up or prepare the project (lab ids). */
  labs: z.array(contentId).default([]),
  /** Papers behind the project (paper ids). */
  papers: z.array(contentId).default([]),
  /** Position in the table. */
  order: z.number().int().min(1),
});
