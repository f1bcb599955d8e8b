/** A system-design practice problem (Phase 4). One YAML file each in `content/design-problems/`. */
import { z } from 'astro/zod';
import { contentId, text } from './common.ts';

export const designProblemSchema = z.strictObject({
  /** The problem as posed: `Design a distributed rate limiter`. */
  title: text,
  /** The "Key Tensions" column. */
  tensions: text,
  /** The "Expected Throughput Target" column. */
  target: text,
  /** Phase that sets it (phase id). */
  phase: contentId,
  /** Papers that help with it (paper ids). */
  papers: z.array(contentId).default([]),
  /** Position in the table. */
  order: z.number().int().min(1),
});
