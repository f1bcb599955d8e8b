/**
 * Validating an exported progress file (zod). Kept apart from progress.ts so that pages with
 * progress controls load the validator only when a reader imports a file.
 */
import { z } from 'astro/zod';
import { ITEM_KEY, PROGRESS_FORMAT, PROGRESS_VERSION, type Progress } from './progress.ts';

const itemId = z.string().regex(ITEM_KEY, 'is not an item id such as "paper:raft"');
/** When an item was ticked (an ISO 8601 date-time). */
const mark = z.strictObject({ at: z.iso.datetime({ offset: true }) });

export const progressFileSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  items: z.record(itemId, mark),
});


export type ParseResult = { ok: true; progress: Progress } | { ok: false; reason: string };

/** How refusals name what was read: a file, or a progress link (progress-link.ts) that carries one. */
const NAMES = {
  file: { plain: 'This file', damaged: 'This progress file' },
  link: { plain: 'This progress link', damaged: 'This progress link' },
} as const;

/** Reads an exported file (from a file or a link); every refusal says why, and nothing is changed by a refusal. */
export function parseProgressFile(text: string, source: keyof typeof NAMES = 'file'): ParseResult {
  const name = NAMES[source];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${name.plain} is not a progress export: it is not valid JSON.` };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return { ok: false, reason: `${name.plain} is not a progress export from this site (it has no "format": "${PROGRESS_FORMAT}").` };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { ok: false, reason: `${name.plain} was exported by a newer version of the site (format version ${version}); this page reads version ${PROGRESS_VERSION}. Nothing was changed.` };
  }
  const result = progressFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? issue.path.map(String).join('.') : 'the file';
    // A bad record key wraps the key's own issue.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return { ok: false, reason: `${name.damaged} is damaged (${where}: ${message}). Nothing was changed.` };
  }
  return { ok: true, progress: result.data.items as Progress };
}

