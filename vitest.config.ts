import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one static server and one Chromium per file; files run in parallel.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
