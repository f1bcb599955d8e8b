/**
 * A production system studied in Phase 3 (Kafka, Cassandra, CockroachDB): its paper, where to
 * look in the source, and the design decisions to understand. One YAML file each in
 * `content/system-studies/`.
 */
import { z } from 'astro/zod';
import { contentId, monthRange, text, webUrl } from './common.ts';

/** A row of a source-code exploration table. */
export const sourceLocation = z.strictObject({
  /** Component: `Log segment`. */
  component: text,
  /** Path in the source tree: `core/src/main/scala/kafka/log/`. */
  path: text,
  /** The key concept to find there. */
  concept: text,
});

/** A row of a design-decision table. */
export const designDecision = z.strictObject({
  /** The decision: `Leaderless replication`. */
  decision: text,
  /** What it trades. */
  tradeoff: text,
  /** Where to read about it: a DDIA chapter number or another paper (id). */
  reference: z.union([
    z.strictObject({ ddiaChapter: z.number().int().min(1).max(12) }),
    z.strictObject({ paper: contentId }),
  ]),
});

/** A row of an architecture-layer table. */
export const architectureLayer = z.strictObject({
  /** Layer: `Transactions`. */
  layer: text,
  /** Technology used there. */
  technology: text,
  /** The insight. */
  insight: text,
});

export const systemStudySchema = z.strictObject({
  /** Heading as in the roadmap: `Apache Kafka Internals`. */
  title: text,
  /** Phase (phase id). */
  phase: contentId,
  /** Months the roadmap gives it. */
  months: monthRange,
  /** Position within the phase. */
  order: z.number().int().min(1),
  /** The system's paper (paper id). */
  paper: contentId,
  /** Other resources: documentation and the like. */
  resources: z.array(z.strictObject({ title: text, url: webUrl })).default([]),
  /** Source-code exploration path. */
  sourceMap: z.array(sourceLocation).default([]),
  /** Design decisions to understand. */
  designDecisions: z.array(designDecision).default([]),
  /** Architecture layers. */
  layers: z.array(architectureLayer).default([]),
  /** The hands-on exercise (lab id). */
  lab: contentId.optional(),
});
