import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the production build in dist/ (npm test builds it first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
