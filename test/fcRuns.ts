/**
 * How many cases a fast-check property tries. `npm test` uses the number the test names; under
 * mutation testing (`npm run mutate`, which sets PROMKIT_MUTATE=1 in vitest.mutate.config.ts)
 * each mutant reruns every property that covers it, so a tenth (at least 10) keeps a run within
 * hours while still reaching every generator's branches.
 * @example fc.assert(property, fcRuns(300)) // 300 cases in npm test, 30 under mutation testing
 */
export function fcRuns(numRuns: number): { numRuns: number } {
  return { numRuns: process.env.PROMKIT_MUTATE === '1' ? Math.max(10, Math.round(numRuns / 10)) : numRuns };
}
