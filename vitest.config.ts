import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Component tests click through whole questionnaires with user-event; on a busy 2-core
    // machine that can pass 5 s. Time is never what these tests assert.
    testTimeout: 20_000,
  },
});
