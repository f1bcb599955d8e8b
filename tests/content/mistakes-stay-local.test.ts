/**
 * On the real content: a syntax mistake in one file is reported once, in that file, at the line
 * of the mistake, and never as an "unknown id" in the files that reference it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Checks a copy of `content/` with one file changed by `edit`; returns the report lines. */
function reportWith(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  copies.push(dir);
  cpSync(resolve('content'), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit changed nothing in ${file}.`);
  writeFileSync(path, after);
  return checkContent(dir).problems.map(formatProblem);
}

const lineOf = (file: string, text: string) => readFileSync(resolve('content', file), 'utf8').split('\n').findIndex((line) => line.startsWith(text)) + 1;

describe('a mistake in one file stays in that file', () => {
  it.each([
    ['an unclosed quote in a paper', 'papers/raft.mdx', 'title: ', (text: string) => text.replace(/^title: /m, 'title: "'), 'title: has a " that opens a quoted value but never closes.'],
    ['a tab for indentation', 'papers/raft.mdx', 'year: ', (text: string) => text.replace(/^year: /m, '\tyear: '), 'year: is indented with a tab'],
    ['a duplicate key', 'papers/raft.mdx', 'month: ', (text: string) => text.replace(/^month: (.*)$/m, 'year: 2014\nmonth: $1'), 'year: is given twice'],
    ['an unclosed quote in a phase', 'phases/core-algorithms.mdx', 'title: ', (text: string) => text.replace(/^title: /m, 'title: "'), 'title: has a " that opens'],
    ['an unclosed quote in a book', 'books/ddia.yaml', 'title: ', (text: string) => text.replace(/^title: /m, "title: '"), "title: has a ' that opens"],
  ])('%s', (_name, file, lineStart, edit, message) => {
    const report = reportWith(file, edit);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(new RegExp(`^content/${file}:${lineOf(file, lineStart)} `));
    expect(report[0]).toContain(message);
  });

  it.each([
    ['papers/raft.mdx'],
    ['phases/core-algorithms.mdx'],
    ['labs/mit-6824-lab-2-raft.mdx'],
    ['criteria/core-raft-tests-pass.mdx'],
    ['design-problems/rate-limiter.mdx'],
  ])('an MDX syntax error in %s gives its file and line, and nothing else', (file) => {
    const lines = readFileSync(resolve('content', file), 'utf8').split('\n');
    const report = reportWith(file, (text) => `${text.trimEnd()}\n\nA latency of <1 ms is rare.\n`);
    expect(report).toEqual([expect.stringMatching(new RegExp(`^content/${file}:${lines.length + 1} \\(MDX\\): `))]);
  });
});
