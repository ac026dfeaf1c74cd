import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Deno, Bun and Chromium tests run with `npm run test:runtimes` (vitest.runtimes.config.ts).
    exclude: ['test/runtimes/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});
