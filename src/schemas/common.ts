/**
 * Field schemas shared by several content kinds. Each one checks the *form* of a value;
 * checks that need the whole curriculum (does this id exist? is there a cycle?) live in
 * `src/lib/validation/`.
 */
import { z } from 'astro/zod';

/** Content ids are lower-case words joined by hyphens, like file names: `paxos-made-simple`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another content item by its id (its file name without the extension). */
export const contentId = z
  .string()
  .regex(idPattern, 'must be a lower-case id such as `paxos-made-simple` (letters, digits and hyphens)');

/** The roadmap runs for 36 months, counted from month 0. */
export const ROADMAP_MONTHS = 36;

/** A month of the roadmap, 0 (the start) to 36 (the end). */
export const roadmapMonth = z
  .number({ error: 'must be a month number from 0 to 36' })
  .int('must be a whole month number')
  .min(0, 'must be 0 or later: the roadmap starts at month 0')
  .max(ROADMAP_MONTHS, `must be ${ROADMAP_MONTHS} or earlier: the roadmap lasts ${ROADMAP_MONTHS} months`);

/** A span of roadmap months, as the roadmap writes them ("Months 3–9" is `{ start: 3, end: 9 }`). */
export const monthRange = z.strictObject({
  /** First month of the span (0-36). */
  start: roadmapMonth,
  /** Last month of the span (0-36), not before `start`. */
  end: roadmapMonth,
});

/** A person's name split the way citation tools want it. */
export const personName = z.strictObject({
  /** Given names and initials, as printed on the work: `Michael J.`. */
  given: z.string().min(1),
  /** Family name, with particles where they belong to it: `DeCandia`. */
  family: z.string().min(1),
});

/** A web address (http or https). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full http(s) address such as `https://example.org/page`' });

/** A non-empty line of prose. */
export const text = z.string().trim().min(1, 'must not be empty');

/** How hard the roadmap rates a reading. */
export const difficulty = z.enum(['Medium', 'Hard', 'Very Hard']);
export type Difficulty = z.infer<typeof difficulty>;
