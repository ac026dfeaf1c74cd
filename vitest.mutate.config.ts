import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as StrykerJS runs it (`npm run mutate`, stryker.config.mjs): every in-process test,
 * without the tests of the built package. Stryker mutates `src/` but never rebuilds `dist/`, so a
 * test of `dist/` (the `promkit` command, the packed package) would compare the unmutated build
 * with the mutated source and "kill" mutants it never ran. Also left out: the SQL, runtime and
 * bundle-size tests, which exercise none of the modules in scope and are the slowest files.
 */
export const builtPackageTests = [
  'test/package.test.ts',
  'test/examples.test.ts',
  'test/cli/**',
  'test/charts/cli.test.ts',
  'test/review/cli.test.ts',
  'test/sql/**',
];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/runtimes/**', '**/node_modules/**', ...builtPackageTests, 'test/**/treeshake.test.ts'],
      // A tenth of each property's cases (test/fcRuns.ts) and 10 fuzz cases per function: every
      // mutant reruns the properties that cover it.
      env: { PROMKIT_MUTATE: '1', FUZZ_RUNS: '10' },
    },
  }),
);
