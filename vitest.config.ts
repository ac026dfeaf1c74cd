import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Deno, Bun and Chromium tests run with `npm run test:runtimes` (vitest.runtimes.config.ts).
    exclude: ['test/runtimes/**', '**/node_modules/**'],
    // The slowest test takes about 2.4 s on a busy 2-core machine (the CLI and LHC-Forms tests;
    // measured with --reporter=json): 10 s lets a hang fail fast without flaking under load.
    testTimeout: 10_000,
  },
});
