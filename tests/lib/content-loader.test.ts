/**
 * The content loaders (src/data/validated-content.ts) on small fixtures: one check of the whole
 * content serves every collection of a build, and a mistake stops the first loader with its
 * file, line and field.
 */
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ checks: 0 }));
vi.mock('../../src/lib/validation/check-content.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/validation/check-content.ts')>();
  return { ...original, checkContent: (...args: Parameters<typeof original.checkContent>) => (calls.checks++, original.checkContent(...args)) };
});

/** A fresh instance of the loaders' module, for content in `folder`. */
async function loadersFor(folder: string) {
  vi.stubEnv('CONTENT_DIR', folder);
  vi.stubEnv('REFERENCE_CACHE', 'off');
  calls.checks = 0;
  vi.resetModules();
  return import('../../src/data/validated-content.ts');
}

/** What a build's loader context gives: a store, data passed through, no watcher. */
function buildContext() {
  const stored = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const store = {
    get: (id: string) => stored.get(id),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => void stored.set(entry.id, entry),
    keys: () => [...stored.keys()],
    delete: (id: string) => void stored.delete(id),
    clear: () => stored.clear(),
  };
  const context = {
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (value: unknown) => JSON.stringify(value),
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: { error: () => {} },
  };
  return { context: context as unknown as LoaderContext, stored };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the content loaders in a build', () => {
  it('check the whole content once, and each stores its own kind', async () => {
    const { validatedContent } = await loadersFor('tests/fixtures/valid');
    const papers = buildContext();
    await validatedContent('papers').load(papers.context);
    const phases = buildContext();
    await validatedContent('phases').load(phases.context);
    expect(calls.checks).toBe(1);
    expect([...papers.stored.keys()].sort()).toEqual(['lamport-clocks', 'raft']);
    expect([...phases.stored.keys()]).toEqual(['core-algorithms']);
  });

  it('stop at a mistake with its file, line and field', async () => {
    const { validatedContent } = await loadersFor('tests/fixtures/unknown-difficulty');
    await expect(validatedContent('papers').load(buildContext().context)).rejects.toThrow(
      'tests/fixtures/unknown-difficulty/papers/raft.mdx:18 difficulty: "Very hard" is not one of: Medium, Hard, Very Hard. Did you mean "Very Hard"?',
    );
    expect(calls.checks).toBe(1);
  });
});
