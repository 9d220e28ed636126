import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  // The app's router under react-router's name, as in vite.config.ts.
  resolve: { alias: [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./src/lib/router/index.ts', import.meta.url)) }] },
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
