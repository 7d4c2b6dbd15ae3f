import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium, Firefox and WebKit against the production build in dist/ (npm
// test builds it first). The reader's paths run in all three (ENGINES=webkit for one alone).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
