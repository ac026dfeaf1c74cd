import quantile from '@stdlib/stats-base-dists-t-quantile';

/**
 * @internal Student's t quantile, from `@stdlib/stats-base-dists-t-quantile`. Kept in a module
 * of its own: the package is CommonJS without `"sideEffects": false`, so a bundler keeps it
 * whenever the file importing it is kept. Built as a separate entry (tsup), this file is the only
 * one that imports it, and an application that never calls `cohortChange` drops it.
 */
export function tQuantile(p: number, df: number): number {
  return quantile(p, df);
}
