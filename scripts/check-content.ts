#!/usr/bin/env node
/**
 * `npm run check:content [folder]`: checks the content (default `content/`) and prints every
 * problem; exits 1 when there are any. The build runs the same check.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/validation/check-content.ts';
import { formatReport } from '../src/lib/validation/problem.ts';

const folder = process.argv[2] ?? 'content';
const { problems, entries } = checkContent(resolve(folder), { relativeRoot: folder.replace(/\/+$/, '') });
if (problems.length) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} files.`);
