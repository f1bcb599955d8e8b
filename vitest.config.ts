import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine, where
    // the browser tests mostly wait on Chromium. Two workers: vitest 257 s -> 210 s (npm test 5 min 4 s -> 4 min 9 s).
    maxWorkers: 2,
    // Browser tests share one static server and one Chromium per file; files run in parallel.
    // Limits only catch a hang: no test waits on time, and a busy machine (CI running a build
    // alongside) must never fail one. The slowest test, axe over every page, takes about 2 min alone.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
