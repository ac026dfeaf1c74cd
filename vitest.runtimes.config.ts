import { defineConfig } from 'vitest/config';

// Tests that need a runtime besides Node 20 (Deno, Bun, headless Chromium): `npm run test:runtimes`,
// which `.ci/run` runs after installing what a fresh machine lacks. `npm test` does not run them.
export default defineConfig({
  test: {
    include: ['test/runtimes/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
