/**
 * The summaries the calculators take from simple-statistics (src/change/_lib/statistics.ts),
 * against values worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { linearRegression, mean, sampleStandardDeviation, sum } from '../../src/change/_lib/statistics.js';

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

  it('the least-squares line keeps its precision on dates as days since 1970 (centred on the means)', () => {
    // y = 2x − 40,000 over x = 20,000 … 20,004: exact.
    const points = [0, 1, 2, 3, 4].map((k) => [20_000 + k, 2 * (20_000 + k) - 40_000] as [number, number]);
    const { m, b } = linearRegression(points);
    expect(m).toBe(2);
    expect(b).toBe(-40_000);
  });
});
