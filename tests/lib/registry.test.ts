/**
 * A kind of content added through the registry alone: a throw-away "talks" kind declared here,
 * with content in tests/fixtures/kind-talks*, is read, checked against its schema, its
 * references are checked, and it is listed in the JSON API, with no other code changed.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { registry, type AnyRegistry, type KindSpec } from '../../src/lib/content/registry.ts';
import { curriculumFromEntries } from '../../src/lib/curriculum.ts';
import { curriculumJson } from '../../src/lib/curriculum-json.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

const talks: KindSpec = {
  folder: 'talks',
  extensions: ['yaml'],
  schema: z.strictObject({ title: z.string(), speaker: z.string(), phase: z.string(), papers: z.array(z.string()).default([]), order: z.number() }),
  schemaFile: 'src/schemas/talk.ts',
  noun: 'talk',
  references: [
    { path: ['phase'], target: 'phases' },
    { path: ['papers', '*'], target: 'papers' },
  ],
  ordering: 'order',
  route: (item) => `/talks/${item.id}/`,
  pathInApi: true,
  benchmark: 'copy',
};
const kinds: AnyRegistry = { ...registry, talks };

describe('a kind added through the registry alone', () => {
  it('is checked: its schema, its references, with file:line and a fix', () => {
    const { problems } = checkContent(resolve('tests/fixtures/kind-talks-mistakes'), { kinds });
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/talks/raft-explained.yaml:2 speeker: is not a field of a talk. Did you mean "speaker"?',
      'content/talks/raft-explained.yaml:3 phase: unknown phase "core-algorithm". Did you mean "core-algorithms"?',
      'content/talks/raft-explained.yaml:4 papers[1]: unknown paper "paxos". Use the id of a file in content/papers/ (its name without the extension).',
      'content/talks/raft-explained.yaml:1 speaker: is missing. Add a "speaker:" line (see src/schemas/talk.ts).',
    ].sort());
  });

  it('is not read by the site’s own registry, which knows no talks', () => {
    expect(checkContent(resolve('tests/fixtures/kind-talks-mistakes')).problems).toEqual([]);
  });

  it('is listed in the JSON API, in its order, with its paths', () => {
    const { problems, entries } = checkContent(resolve('tests/fixtures/kind-talks'), { kinds });
    expect(problems).toEqual([]);
    const json = curriculumJson(curriculumFromEntries(entries, kinds), kinds) as Record<string, unknown>;
    expect(Object.keys(json).slice(-2)).toEqual(['systemStudies', 'talks']);
    expect(json.talks).toEqual([
      { title: 'Raft explained', speaker: 'Diego Ongaro', phase: 'core-algorithms', papers: ['raft'], order: 1, id: 'raft-explained', path: '/talks/raft-explained/' },
      { title: 'Logical clocks in practice', speaker: 'Ada Example', phase: 'core-algorithms', papers: ['lamport-clocks', 'raft'], order: 2, id: 'clocks-in-practice', path: '/talks/clocks-in-practice/' },
    ]);
  });
});
