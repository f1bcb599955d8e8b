/**
 * A paper the roadmap asks the reader to study, with everything a reference manager needs.
 * One YAML file per paper in `content/papers/`; the file name is the paper's id.
 */
import { z } from 'astro/zod';
import { contentId, difficulty, personName, text, webUrl } from './common.ts';
import { arxivId, doi, isbn, pageRange, year } from './identifiers.ts';

/** The kind of publication, which decides the BibTeX/CSL/RIS entry type. */
export const publicationType = z.enum([
  /** In a journal or magazine (`@article`, CSL `article-journal`). */
  'journal-article',
  /** In conference or workshop proceedings (`@inproceedings`, CSL `paper-conference`). */
  'conference-paper',
  /** A technical or research report with an institution and number (`@techreport`). */
  'tech-report',
  /** A chapter of an edited book or lecture-notes volume (`@incollection`). */
  'book-chapter',
  /** A preprint known only from arXiv (`@misc` with `eprint`). */
  'preprint',
]);

/** Topic groups used to organise the papers index. */
export const paperTopic = z.enum([
  'time-and-order',
  'consensus',
  'storage',
  'batch-processing',
  'messaging',
  'transactions',
  'causal-and-crdt',
]);

/** A public page of record the citation was checked against. */
export const citationSource = z.strictObject({
  /** Who keeps the record: `DBLP`, `ACM Digital Library`, `USENIX`, `Springer`, `arXiv`, ... */
  name: text,
  /** The record's address. */
  url: webUrl,
});

export const paperSchema = z.strictObject({
  /** Full title exactly as published, in title case as printed. */
  title: text,
  /** The short name the roadmap's tables use for the paper: `Lamport Clocks`, `FLP Impossibility`. */
  shortName: text,
  /** Publication kind; decides the citation entry type. */
  type: publicationType,
  /** Every author in order (never "et al."). */
  authors: z.array(personName).min(1, 'needs at least one author'),
  /** Editors of the book a `book-chapter` appears in. */
  editors: z.array(personName).optional(),
  /** Year of publication of the version cited. */
  year,
  /** Month of publication (1-12), where the source of record gives one. */
  month: z.number().int().min(1, 'must be 1-12').max(12, 'must be 1-12').optional(),
  /** Journal name (journal-article) or proceedings title (conference-paper) or book title (book-chapter), in full. */
  container: text.optional(),
  /** The venue as people say it: `CACM`, `SOSP 2003`, `OSDI 2006`. */
  venue: text,
  /** Volume number (journals, lecture-notes series). */
  volume: z.union([z.number().int().positive(), text]).optional(),
  /** Issue number within the volume. */
  issue: z.union([z.number().int().positive(), text]).optional(),
  /** Page range `first-last` with a plain hyphen. */
  pages: pageRange.optional(),
  /** Book series of a chapter or proceedings volume: `Lecture Notes in Computer Science`. */
  series: text.optional(),
  /** Publisher of the journal, proceedings or book: `ACM`, `USENIX Association`, `Springer`. */
  publisher: text.optional(),
  /** City of the publisher, where the source of record gives one. */
  publisherPlace: text.optional(),
  /** Institution that issued a tech report. */
  institution: text.optional(),
  /** Report number of a tech report: `MIT-CSAIL-TR-2012-021`. */
  number: text.optional(),
  /** ISBN of the proceedings or book the paper appears in. */
  isbn: isbn.optional(),
  /** DOI of this exact version (not of a later journal version), without `https://doi.org/`. */
  doi: doi.optional(),
  /** arXiv identifier, for preprints and papers with an arXiv version. */
  arxiv: arxivId.optional(),
  /** Where to read the paper: the publisher's or authors' page, or an open PDF. */
  url: webUrl.optional(),
  /**
   * The publisher's page for the paper, with its abstract (ACM DL, USENIX, Springer, arXiv, ...):
   * reference managers take it as the work's address.
   */
  landingPage: webUrl.optional(),
  /** The roadmap's citation text, verbatim, so readers can see what the site corrected. */
  roadmapCitation: text.optional(),
  /** What the paper contributes, in the roadmap's words. */
  keyContribution: text,
  /** The roadmap's difficulty rating, where it gives one. */
  difficulty: difficulty.optional(),
  /** The phase whose reading list holds the paper (a phase id). */
  phase: contentId,
  /** Topic group for the papers index. */
  topic: paperTopic,
  /** Papers to read first (paper ids). */
  prerequisites: z.array(contentId).default([]),
  /**
   * Why a prerequisite from a later phase is read before this paper, per prerequisite id:
   * `{ gfs: "MapReduce reads its input from GFS" }`. Without it, such a prerequisite is an error.
   */
  laterPhasePrerequisites: z.record(contentId, text).optional(),
  /** Position (1-12) in the roadmap appendix's "Complete Paper Reading Order", where listed. */
  readingOrder: z.number().int().min(1).max(99).optional(),
  /** The pages of record this citation was checked against. */
  verifiedAgainst: z.array(citationSource).min(1, 'name at least one source of record (DBLP, ACM, USENIX, ...)'),
});
