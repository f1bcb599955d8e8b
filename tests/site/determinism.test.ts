/**
 * Two builds of the same content are byte-identical: pages, JSON, search index, everything. The
 * first starts with no reference cache and the second takes every reference from it (scripts/test.ts),
 * so this also proves the cache changes no byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../support/dist.ts';

const REPEAT = resolve('test-results/build-repeat');

describe('determinism', () => {
  it('builds byte-identical output twice', () => {
    if (!existsSync(REPEAT)) throw new Error('test-results/build-repeat is missing: run `npm test`, which builds it.');
    const first = distFiles(DIST);
    expect(distFiles(REPEAT)).toEqual(first);
    const different = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(REPEAT, file))));
    expect(different).toEqual([]);
    expect(first.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(10);
  });
});
