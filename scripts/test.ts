#!/usr/bin/env node
/**
 * `npm test`: the whole test suite, from a fresh clone after `npm install`.
 *   1. installs missing system programs the tests need (Chromium), or says how;
 *   2. `astro check`: content checks, type checks;
 *   3. `npm run build`: astro build into dist/ and the Pagefind index (the site tests read dist/);
 *   4. two more builds the tests compare against: the same site again (determinism; the first
 *      build starts with no reference cache, the second reuses it) and the site under the base
 *      path /study/ (self-hosting), both in test-results/;
 *   5. Vitest over tests/, then one closing line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label: string, command: string, args: string[], extraEnv: Record<string, string> = {}) => {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
};
const fail = (step: string) => {
  console.error(`\n${step} failed.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

if (run('system programs', process.execPath, ['scripts/ensure-system-deps.ts']) !== 0) fail('Installing system programs');
if (run('astro check', 'npx', ['astro', 'check']) !== 0) fail('astro check');
// The first build formats every reference (no cache), the second reuses them all
// (src/lib/bibliography/reference-cache.ts): the determinism test compares the two, byte for byte.
rmSync('node_modules/.astro/ds-roadmap-references', { recursive: true, force: true });
if (run('npm run build', 'npm', ['run', 'build']) !== 0) fail('npm run build');
if (run('npm run build (again, for determinism)', 'npm', ['run', '--silent', 'build'], { OUT_DIR: 'test-results/build-repeat' }) !== 0) fail('The second build');
if (run('npm run build (under /study/)', 'npm', ['run', '--silent', 'build'], { OUT_DIR: 'test-results/build-study', BASE_PATH: '/study/' }) !== 0) fail('The /study/ build');

mkdirSync('test-results', { recursive: true });
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...process.argv.slice(2)];
const status = run('vitest', 'npx', vitestArgs);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; numFailedTestSuites: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0);
} catch {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
