/**
 * Bibliographic identifiers: DOI, ISBN, arXiv id, page ranges and years, each with a message
 * that tells an author what a good value looks like.
 */
import { z } from 'astro/zod';
import { isValidIsbn, normalizeIsbn } from '../values/isbn.ts';

/** Earliest and latest publication years the curriculum accepts. */
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2030;

/** A DOI without the resolver prefix: `10.1145/359545.359563`. */
export const doi = z
  .string()
  .regex(
    /^10\.\d{4,9}\/\S+$/,
    'is not a DOI: write it as `10.<registrant>/<suffix>`, e.g. `10.1145/359545.359563`, without `https://doi.org/`',
  );

/** An ISBN-10 or ISBN-13, hyphens allowed; its length, then its check digit, is verified. */
export const isbn = z.string().superRefine((value, ctx) => {
  const digits = normalizeIsbn(value);
  if (!/^[\dX]+$/.test(digits)) {
    ctx.addIssue({ code: 'custom', message: 'is not an ISBN: write its digits, hyphens allowed, e.g. `978-1449373320`' });
  } else if (digits.length !== 10 && digits.length !== 13) {
    ctx.addIssue({ code: 'custom', message: `has ${digits.length} digits: an ISBN has 13 (or 10, before 2007). Copy it whole from the publisher page, e.g. \`978-1449373320\`` });
  } else if (!isValidIsbn(value)) {
    ctx.addIssue({ code: 'custom', message: 'is not a valid ISBN: its check digit does not match; copy the ISBN-13 from the publisher page, e.g. `978-1449373320`' });
  }
});

/** A new-style arXiv identifier: `1608.06696` (optionally with a version, `v2`). */
export const arxivId = z
  .string()
  .regex(/^\d{4}\.\d{4,5}(v\d+)?$/, 'is not an arXiv id: write it as `YYMM.NNNNN`, e.g. `1608.06696`, without `arXiv:`');

/** A publication year. */
export const year = z
  .number({ error: 'must be a four-digit year such as `1978`' })
  .int('must be a whole year such as `1978`')
  .min(YEAR_MIN, `is out of range: use a year from ${YEAR_MIN} to ${YEAR_MAX}`)
  .max(YEAR_MAX, `is out of range: use a year from ${YEAR_MIN} to ${YEAR_MAX}`);

/** Parses `first-last` page ranges; returns undefined when the text is not one. */
export function parsePageRange(value: string): { first: number; last: number } | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value);
  if (!match) return undefined;
  return { first: Number(match[1]), last: Number(match[2]) };
}

/** A page range `first-last` with a plain hyphen and first <= last: `558-565`. */
export const pageRange = z.string().superRefine((value, ctx) => {
  const range = parsePageRange(value);
  if (!range) {
    ctx.addIssue({
      code: 'custom',
      message: `is not a page range: write \`first-last\` with a plain hyphen, e.g. \`558-565\``,
    });
  } else if (range.first > range.last) {
    ctx.addIssue({
      code: 'custom',
      message: `starts after it ends (${range.first} > ${range.last}): write the first page first, e.g. \`${range.last}-${range.first}\``,
    });
  }
});
