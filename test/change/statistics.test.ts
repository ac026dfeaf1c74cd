/**
 * promkit's mean, sample SD and least-squares line (src/change/_lib/statistics.ts) are the
 * algorithms of simple-statistics 7 (a devDependency kept for this comparison): every result must
 * be identical to the last bit, on fast-check data from tiny to huge magnitudes, and match values
 * worked by hand.
 */
import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { linearRegression, mean, sampleStandardDeviation, sum } from '../../src/change/_lib/statistics.js';

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
const values = fc.array(fc.oneof(finite, fc.integer({ min: -10, max: 10 }), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 2, maxLength: 60 });

describe('statistics', () => {
  it('by hand: mean 5, sample SD 2.138 (n − 1), slope 2 and intercept 1', () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    // Σ(x − 5)² = 32, / 7 = 4.571428…, √ = 2.13808993529939…
    expect(sampleStandardDeviation(x)).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(linearRegression([[0, 1], [1, 3], [2, 5]])).toEqual({ m: 2, b: 1 });
    expect(linearRegression([[3, 7]])).toEqual({ m: 0, b: 7 });
    // The compensated sum keeps what plain addition loses.
    expect(sum([1e16, 1, -1e16])).toBe(1);
  });

  it('identical to simple-statistics, bit for bit', () => {
    fc.assert(
      fc.property(values, (x) => {
        expect(Object.is(sum(x), ss.sum(x))).toBe(true);
        expect(Object.is(mean(x), ss.mean(x))).toBe(true);
        expect(Object.is(sampleStandardDeviation(x), ss.sampleStandardDeviation(x))).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 19_000, max: 21_000 }), finite), { minLength: 2, maxLength: 40 }), (points) => {
        fc.pre(new Set(points.map(([x]) => x)).size > 1);
        const ours = linearRegression(points);
        const theirs = ss.linearRegression(points);
        expect(Object.is(ours.m, theirs.m) && Object.is(ours.b, theirs.b)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
