/** A row of the Phase 1 networking-topics table. One YAML file each in `content/study-topics/`. */
import { z } from 'astro/zod';
import { contentId, roadmapMonth, text } from './common.ts';

export const studyTopicSchema = z.strictObject({
  /** Topic: `TCP/IP internals`. */
  title: text,
  /** Resources to study it with (book ids). */
  resources: z.array(contentId).min(1),
  /** The table's "Key Concepts" column, one concept per item. */
  keyConcepts: z.array(text).min(1),
  /** Phase (phase id). */
  phase: contentId,
  /** Roadmap month. */
  month: roadmapMonth,
  /** Position in the table. */
  order: z.number().int().min(1),
});
