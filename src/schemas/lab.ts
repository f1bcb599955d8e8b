/**
 * A hands-on lab or exercise: the MIT 6.824 labs, the epoll server, Raft from scratch, the
 * Kafka and Cassandra cluster exercises. One YAML file per lab in `content/labs/`.
 */
import { z } from 'astro/zod';
import { contentId, monthRange, text, webUrl } from './common.ts';

/**
 * A row of a lab's component table. The roadmap's tables have different columns per lab
 * (what to implement, key design decision, key invariant, common bug, challenge); give the ones
 * the roadmap gives and the page shows exactly those columns.
 */
export const labComponent = z.strictObject({
  /** The component: `Coordinator`, `Leader election`, `Shard controller`. */
  name: text,
  /** "What to Implement". */
  implement: text.optional(),
  /** "Key Design Decision". */
  designDecision: text.optional(),
  /** "Key Invariant". */
  invariant: text.optional(),
  /** "Common Bug". */
  commonBug: text.optional(),
  /** "Challenge". */
  challenge: text.optional(),
});

/** A row of the Raft Figure 2 state checklist. */
export const stateVariable = z.strictObject({
  /** Variable name as in the Raft paper: `currentTerm`, `log[]`. */
  name: text,
  /** Whether it must survive a restart. */
  persistent: z.boolean(),
  /** The roadmap's note. */
  notes: text,
});

/** A row of an implementation-language comparison. */
export const languageOption = z.strictObject({
  /** Language name. */
  language: text,
  /** Advantages, in the roadmap's words. */
  pros: text,
  /** Drawbacks, in the roadmap's words. */
  cons: text,
  /** Whether the roadmap recommends it. */
  recommended: z.boolean().default(false),
});

export const labSchema = z.strictObject({
  /** Full name: `Lab 1: MapReduce`. */
  title: text,
  /** Phase the lab belongs to (phase id). */
  phase: contentId,
  /** Months the roadmap schedules it in. */
  months: monthRange,
  /** Position within the phase, for ordering and previous/next links. */
  order: z.number().int().min(1),
  /** Course the lab comes from (course id), if any. */
  course: contentId.optional(),
  /** The lab's assignment page, if public. */
  url: webUrl.optional(),
  /** What the lab is and why it matters, in the roadmap's words. */
  summary: text,
  /** The steps the roadmap asks for, in order. */
  tasks: z.array(text).default([]),
  /** Requirements and test-framework demands, as bullet points. */
  requirements: z.array(text).default([]),
  /** The component table, where the roadmap gives one. */
  components: z.array(labComponent).default([]),
  /** The Raft state checklist, where given. */
  stateChecklist: z.array(stateVariable).default([]),
  /** Implementation-language options, where given. */
  languageOptions: z.array(languageOption).default([]),
  /** Papers to read before or alongside (paper ids). */
  readings: z.array(contentId).default([]),
  /** The implementation project this lab is part of (project id), if any. */
  project: contentId.optional(),
});
