/**
 * A book or other study resource (guide, manual, documentation). One YAML file per resource
 * in `content/books/`.
 */
import { z } from 'astro/zod';
import { contentId, monthRange, personName, roadmapMonth, text, webUrl } from './common.ts';
import { isbn, year } from './identifiers.ts';

/** A week of a book's reading schedule: DDIA's "Week 1: Chapters 1–3 (...)". */
export const readingWeek = z.strictObject({
  /** Week number within the month the schedule belongs to, from 1. */
  week: z.number().int().min(1),
  /** Chapter numbers to read that week; empty for a review week. */
  chapters: z.array(z.number().int().min(1)).default([]),
  /** What the week covers, in the roadmap's words. */
  topics: text,
});

/** A block of chapters the roadmap assigns alongside other work: DDIA 10–12 with Lab 1. */
export const chapterAssignment = z.strictObject({
  /** Chapter numbers. */
  chapters: z.array(z.number().int().min(1)).min(1),
  /** Roadmap month the chapters are read in. */
  month: roadmapMonth,
  /** What they cover and why now. */
  topics: text,
  /** A lab read alongside (lab id). */
  lab: contentId.optional(),
  /**
   * Why the chapters are read then, when the roadmap gives no time for them and this site
   * chose one; the schedule shows it beside the reading.
   */
  note: text.optional(),
});

export const bookSchema = z.strictObject({
  /** Title as published (or the resource's name for a guide or manual), without its subtitle. */
  title: text,
  /** The subtitle as published: `The Big Ideas Behind Reliable, Scalable, and Maintainable Systems`. */
  subtitle: text.optional(),
  /** The name the roadmap uses: `DDIA`, `TCP/IP Illustrated Vol 1`. */
  shortName: text,
  /** What kind of resource it is. */
  kind: z.enum(['book', 'guide', 'manual', 'documentation']),
  /** Authors in order; empty for collective resources such as man pages. */
  authors: z.array(personName).default([]),
  /** Publisher of a book. */
  publisher: text.optional(),
  /** City of the publisher, where the record gives one: `Sebastopol, CA`. */
  publisherPlace: text.optional(),
  /** Year of the edition cited. */
  year: year.optional(),
  /** Edition, where not the first: `2nd`. */
  edition: text.optional(),
  /** ISBN-13 (or ISBN-10) of the edition cited; the check digit is verified. */
  isbn: isbn.optional(),
  /** Where to get or read it. */
  url: webUrl.optional(),
  /** The publisher's or the resource's own page about it, for reference managers. */
  landingPage: webUrl.optional(),
  /** Phase that assigns it (phase id). */
  phase: contentId,
  /** Months in which the roadmap uses it. */
  months: monthRange.optional(),
  /** Why the roadmap recommends it, in its words. */
  description: text,
  /** The roadmap's citation text verbatim, where it gives one. */
  roadmapCitation: text.optional(),
  /** Week-by-week schedule, where the roadmap gives one (DDIA). */
  readingWeeks: z.array(readingWeek).default([]),
  /** Other chapter assignments tied to labs or months. */
  chapterAssignments: z.array(chapterAssignment).default([]),
});
