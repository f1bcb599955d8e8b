/**
 * Bad content fails the real commands, not only the unit under test: `astro sync` and
 * `astro build` exit non-zero and print the whole report, with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (command: string, contentDir = 'tests/fixtures/many-problems') =>
  spawnSync('npx', ['astro', command], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: 'test-results/bad-build' },
    encoding: 'utf8',
  });

/** Runs `astro <command>` on bad content: it must exit 1 with no stack trace; returns what it printed. */
function failure(command: string, contentDir?: string): string {
  const result = run(command, contentDir);
  const output = result.stdout + result.stderr;
  expect(result.status).toBe(1);
  expect(output).not.toMatch(/Stack trace|\n\s+at [\w.<>]+ \(/);
  return output;
}

describe('a build with bad content', () => {
  for (const command of ['sync', 'build']) {
    it(`fails astro ${command} with every problem and no stack trace`, () => {
      const output = failure(command);
      expect(output).toContain('Content check failed: 8 problems in 3 files.');
      expect(output).toContain('tests/fixtures/many-problems/papers/raft.mdx:15 prereqs: is not a field of a paper. Did you mean "prerequisites"?');
      expect(output).toContain('tests/fixtures/many-problems/papers/lamport-clocks.mdx:15 prerequisites: prerequisite cycle lamport-clocks -> raft -> lamport-clocks.');
    });
  }

  it('fails astro build on a bad study-group file, listing each of its mistakes', () => {
    const output = failure('build', 'tests/fixtures/study-group-many-mistakes');
    expect(output).toContain('Content check failed: 6 problems in 1 file.');
    expect(output).toContain('tests/fixtures/study-group-many-mistakes/study-group.yaml:2 start: "4 January 2027" is not a date: write it as YYYY-MM-DD, e.g. `2027-01-04`.');
    expect(output).toContain('tests/fixtures/study-group-many-mistakes/study-group.yaml:5 meeting.weekday: "Thursday" is not one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday. Did you mean "thursday"?');
    expect(output).toContain('tests/fixtures/study-group-many-mistakes/study-group.yaml:7 meeting.timeZone: "Berlin" is not an IANA time zone. Did you mean "Europe/Berlin"?');
  });

  it('fails astro build on an MDX syntax error with its file and line, no temporary path and no stack trace', () => {
    const output = failure('build', 'tests/fixtures/mdx-syntax-error');
    expect(output).toContain('Content check failed: 2 problems in 2 files.');
    expect(output).toContain('tests/fixtures/mdx-syntax-error/papers/raft.mdx:22 (MDX): Expected a closing tag for `<PaperLink>`');
    expect(output).toContain('tests/fixtures/mdx-syntax-error/phases/core-algorithms.mdx:12 (MDX): Unexpected character after `<`');
    expect(output).not.toMatch(/\/tmp\/|node_modules\/\.vite/);
  });

  it('fails astro sync on a YAML syntax error at the line of the mistake, and blames no other file', () => {
    const output = failure('sync', 'tests/fixtures/yaml-unclosed-quote');
    expect(output).toContain('Content check failed: 2 problems in 2 files.');
    expect(output).toContain('tests/fixtures/yaml-unclosed-quote/papers/lamport-clocks.mdx:2 title: has a " that opens a quoted value but never closes.');
    expect(output).toContain('tests/fixtures/yaml-unclosed-quote/phases/core-algorithms.mdx:2 title: has a " that opens a quoted value but never closes.');
    expect(output).not.toMatch(/unknown/);
  });
});
