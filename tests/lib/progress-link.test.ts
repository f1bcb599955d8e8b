/** Progress links and the export reminder, with node:zlib standing in for the browser's streams. */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportProgress, exportReminder } from '../../src/lib/progress.ts';
import { fromBase64Url, MAX_LINK_BYTES, progressFragment, readProgressFragment, toBase64Url, type Codec } from '../../src/lib/progress-link.ts';

const codec: Codec = {
  compress: async (data) => deflateRawSync(data),
  decompress: async (data, limit) => {
    try {
      return inflateRawSync(data, { maxOutputLength: limit });
    } catch (error) {
      throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? new Error('too large') : error;
    }
  },
};
const file = exportProgress({ 'paper:raft': { at: '2027-01-10T18:00:00.000Z' }, 'lab:mit-6824-lab-1-mapreduce': { at: '2027-02-01T09:00:00.000Z' } }, new Date('2027-02-02T10:00:00.000Z'));

describe('progress links', () => {
  it('round-trips an export file through the fragment', async () => {
    const fragment = await progressFragment(file, codec);
    expect(fragment).toMatch(/^progress=[A-Za-z0-9_-]+$/);
    expect(await readProgressFragment(`#${fragment}`, codec)).toEqual({ ok: true, text: file });
  });

  it('encodes base64url without padding and refuses other characters', () => {
    expect(toBase64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_');
    expect([...fromBase64Url('-_-_')!]).toEqual([251, 255, 191]);
    expect([fromBase64Url('ab+c'), fromBase64Url('abcde')]).toEqual([undefined, undefined]);
  });

  it('says why a link cannot be read, and ignores fragments that are no link', async () => {
    const fragment = await progressFragment(file, codec);
    const bomb = `progress=${toBase64Url(deflateRawSync(Buffer.alloc(MAX_LINK_BYTES + 1, 32)))}`;
    const results = await Promise.all(['#week-3', `#${fragment.slice(0, 40)}`, '#progress=<script>', bomb, `progress=${'A'.repeat(70_000)}`].map((hash) => readProgressFragment(hash, codec)));
    expect(results).toEqual([
      { ok: 'none' },
      { ok: false, reason: 'This progress link is damaged or cut short: it does not unpack. Copy the whole link again. Nothing was changed.' },
      { ok: false, reason: 'This progress link is damaged: it has characters a progress link never has, or was cut short. Copy the whole link again. Nothing was changed.' },
      { ok: false, reason: 'This progress link unpacks to more than 1 MB, far more than any progress. Nothing was changed.' },
      { ok: false, reason: 'This progress link is too long (70000 characters; a real one is a few thousand at most). Nothing was changed.' },
    ]);
  });
});

describe('the export reminder', () => {
  const now = new Date('2027-03-10T12:00:00.000Z');
  it.each([
    [null, 0, 'Nothing ticked yet.'],
    [null, 3, 'Not exported yet: 3 ticked items.'],
    ['2027-03-10T08:00:00.000Z', 1, 'Last exported today; 1 ticked item now.'],
    ['2027-03-09T08:00:00.000Z', 3, 'Last exported 1 day ago; 3 ticked items now.'],
    ['2027-02-08T12:00:00.000Z', 3, 'Last exported 30 days ago; 3 ticked items now.'],
    ['not a date', 2, 'Not exported yet: 2 ticked items.'],
  ])('%s with %i ticked', (last, ticked, text) => {
    expect(exportReminder(last, now, ticked)).toBe(text);
  });
});
