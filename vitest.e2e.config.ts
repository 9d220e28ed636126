import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium (playwright-core, no test runner of its own) against the
 * production build served by `vite preview`. See docs/testing.md.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the suites share the machine with the preview server.
    fileParallelism: false,
  },
});
