/**
 * A progress link: the export file, compressed (deflate-raw) and base64url-encoded into the URL
 * fragment of /progress/ (`#progress=...`), so it moves progress to another browser or device
 * and is never sent to a server (browsers do not send the fragment). Reading one goes through the
 * same validator as an imported file (progress-file.ts). Pure: compression comes in as functions
 * (CompressionStream in the browser, node:zlib in tests), and no DOM.
 */

export const LINK_PARAMETER = 'progress';
/** Longest fragment read: a full curriculum's progress compresses to about 2 KB. */
export const MAX_LINK_CHARACTERS = 64 * 1024;
/** Largest decompressed file read (a compressed "bomb" stops here). */
export const MAX_LINK_BYTES = 1024 * 1024;

export interface Codec {
  compress(data: Uint8Array): Promise<Uint8Array>;
  /** Stops with an error past `limit` bytes. */
  decompress(data: Uint8Array, limit: number): Promise<Uint8Array>;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment (without `#`) that carries an export file's text. */
export async function progressFragment(fileText: string, codec: Codec): Promise<string> {
  return `${LINK_PARAMETER}=${toBase64Url(await codec.compress(new TextEncoder().encode(fileText)))}`;
}

export type LinkResult = { ok: true; text: string } | { ok: false; reason: string } | { ok: 'none' };

/** The export file's text a fragment carries, or why it cannot be read; `none` when the fragment is no progress link. */
export async function readProgressFragment(fragment: string, codec: Codec): Promise<LinkResult> {
  const hash = fragment.replace(/^#/, '');
  const prefix = `${LINK_PARAMETER}=`;
  if (!hash.startsWith(prefix)) return { ok: 'none' };
  const payload = hash.slice(prefix.length);
  if (payload.length > MAX_LINK_CHARACTERS) return { ok: false, reason: `This progress link is too long (${payload.length} characters; a real one is a few thousand at most). Nothing was changed.` };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'This progress link is damaged: it has characters a progress link never has, or was cut short. Copy the whole link again. Nothing was changed.' };
  let inflated: Uint8Array;
  try {
    inflated = await codec.decompress(bytes, MAX_LINK_BYTES);
  } catch (error) {
    const tooBig = error instanceof Error && error.message === 'too large';
    return {
      ok: false,
      reason: tooBig
        ? `This progress link unpacks to more than ${MAX_LINK_BYTES / 1024 / 1024} MB, far more than any progress. Nothing was changed.`
        : 'This progress link is damaged or cut short: it does not unpack. Copy the whole link again. Nothing was changed.',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, reason: 'This progress link is damaged: what it holds is not text. Nothing was changed.' };
  }
  return { ok: true, text };
}
