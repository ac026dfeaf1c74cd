/**
 * @internal The summaries the calculators need, from simple-statistics (a well-kept library;
 * its code is bundled into promkit's build, tree-shaken to these functions: see tsup.config.ts
 * and THIRD_PARTY_NOTICES.md): compensated sum, mean, sample standard deviation (n − 1) and the
 * least-squares line, centred on the means.
 */
export { linearRegression, mean, sampleStandardDeviation, sum } from 'simple-statistics';
