import { describe, expect, it } from 'vitest';
import { countDone, exportProgress, nextUp, parseStored, planImport, progressStorageKey, LEGACY_STORAGE_KEY, toggle, type Progress } from '../../src/lib/progress.ts';
import { parseProgressFile } from '../../src/lib/progress-file.ts';

const at = '2026-11-28T10:00:00.000Z';
const now = new Date(at);

describe('progress', () => {
  it('is stored under a versioned key per copy of the site (its base path)', () => {
    expect([progressStorageKey('/'), progressStorageKey('/a/'), progressStorageKey('/b/')]).toEqual(['ds-roadmap-progress/v1@/', 'ds-roadmap-progress/v1@/a/', 'ds-roadmap-progress/v1@/b/']);
    expect(LEGACY_STORAGE_KEY).toBe('ds-roadmap-progress/v1');
  });

  it('ticks and unticks items', () => {
    const ticked = toggle({}, 'paper:raft', true, now);
    expect(ticked).toEqual({ 'paper:raft': { at } });
    expect(toggle(ticked, 'paper:raft', false, now)).toEqual({});
  });

  it('exports a stable, sorted file and reads it back', () => {
    const progress: Progress = { 'paper:raft': { at }, 'criterion:core-explain-flp': { at } };
    const text = exportProgress(progress, now);
    expect(text).toBe(`{
  "format": "ds-roadmap-progress",
  "version": 1,
  "exportedAt": "${at}",
  "items": {
    "criterion:core-explain-flp": {
      "at": "${at}"
    },
    "paper:raft": {
      "at": "${at}"
    }
  }
}
`);
    expect(parseProgressFile(text)).toEqual({ ok: true, progress });
  });

  it('keeps ids that the site no longer has', () => {
    const text = exportProgress({ 'paper:retired-paper': { at } }, now);
    expect(parseProgressFile(text)).toEqual({ ok: true, progress: { 'paper:retired-paper': { at } } });
  });

  it.each([
    ['not json', '{oops', 'This file is not a progress export: it is not valid JSON.'],
    ['a foreign file', '{"name":"my-app","version":"1.0.0"}', 'This file is not a progress export from this site (it has no "format": "ds-roadmap-progress").'],
    [
      'a future version',
      '{"format":"ds-roadmap-progress","version":2,"exportedAt":"2030-01-01T00:00:00Z","items":{}}',
      'This file was exported by a newer version of the site (format version 2); this page reads version 1. Nothing was changed.',
    ],
    [
      'a damaged item',
      '{"format":"ds-roadmap-progress","version":1,"exportedAt":"2026-11-28T10:00:00.000Z","items":{"raft":{"at":"2026-11-28T10:00:00.000Z"}}}',
      'This progress file is damaged (items.raft: is not an item id such as "paper:raft"). Nothing was changed.',
    ],
  ])('refuses %s with a reason', (_, text, reason) => expect(parseProgressFile(text)).toEqual({ ok: false, reason }));

  it('merges or replaces, and says what changes', () => {
    const current: Progress = { 'paper:raft': { at }, 'lab:kafka-cluster': { at } };
    const incoming: Progress = { 'paper:raft': { at: '2025-01-01T00:00:00.000Z' }, 'paper:gfs': { at } };
    expect(planImport(current, incoming, 'merge')).toEqual({
      next: { 'paper:raft': { at }, 'paper:gfs': { at }, 'lab:kafka-cluster': { at } },
      added: ['paper:gfs'],
      removed: [],
      kept: ['lab:kafka-cluster', 'paper:raft'],
    });
    expect(planImport(current, incoming, 'replace')).toEqual({
      next: incoming,
      added: ['paper:gfs'],
      removed: ['lab:kafka-cluster'],
      kept: ['paper:raft'],
    });
  });

  it('reads stored state and leaves unreadable state alone', () => {
    expect(parseStored(null)).toEqual({});
    expect(parseStored(JSON.stringify({ 'paper:raft': { at } }))).toEqual({ 'paper:raft': { at } });
    expect(parseStored('{broken')).toBeUndefined();
    expect(parseStored('{"raft":{"at":"2026-11-28T10:00:00.000Z"}}')).toBeUndefined();
    expect(parseStored('[1,2]')).toBeUndefined();
  });

  it('counts progress and finds the next paper', () => {
    const progress: Progress = { 'paper:lamport-clocks': { at }, 'criterion:x': { at } };
    expect(countDone(progress, ['paper:lamport-clocks', 'paper:flp-impossibility', 'criterion:x'])).toEqual({ done: 2, total: 3 });
    expect(nextUp(progress, ['lamport-clocks', 'flp-impossibility', 'two-phase-commit'])).toBe('flp-impossibility');
    expect(nextUp({}, [])).toBeUndefined();
  });
});
