/** A project recommended for a first open-source contribution. One YAML file each in `content/open-source/`. */
import { z } from 'astro/zod';
import { contentId, difficulty, text, webUrl } from './common.ts';

export const openSourceSchema = z.strictObject({
  /** Project name: `TiKV`. */
  title: text,
  /** What it is, as the roadmap says: `Rust distributed KV`. */
  description: text.optional(),
  /** The roadmap's difficulty rating. */
  difficulty,
  /** Languages, as written: `Scala/Java`. */
  language: text,
  /** The issue label for newcomers; absent where the roadmap gives none. */
  goodFirstIssueLabel: text.optional(),
  /** Source repository. */
  url: webUrl,
  /** Phase that recommends it (phase id). */
  phase: contentId,
  /** Position in the table. */
  order: z.number().int().min(1),
});
