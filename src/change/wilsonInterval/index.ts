import { describeValue, fail } from '../../errors.js';
import { checkOptions, confidenceLevel, normalQuantile, tidy } from '../_lib/numbers.js';

/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** Confidence level, 0 < level ≤ 0.9999; default 0.95. */
  readonly level?: number;
}

/** A proportion with its Wilson score interval. */
export interface ProportionInterval {
  readonly successes: number;
  readonly n: number;
  /** successes / n. */
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
}

/**
 * @summary Wilson score confidence interval for a proportion.
 *
 * @remarks
 * With p = k/n and z the standard normal quantile at 1 − (1 − level)/2:
 * `(p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)`, without continuity correction
 * (Newcombe's method 3). Unlike the Wald interval it stays within [0, 1] and is not degenerate
 * at k = 0 or k = n. Limits are clamped to [0, 1] against rounding. z is computed with
 * Wichura's AS 241 algorithm (z = 1.959963984540054 for 95 %).
 *
 * @param successes - k, a whole number 0 ≤ k ≤ n
 * @param n - a whole number ≥ 1
 * @param options - `level`
 * @returns the proportion and its interval
 * @throws {PromkitError} when k or n is not a whole number in range, or level is invalid
 *
 * @see Wilson EB. Probable inference, the law of succession, and statistical inference. J Am
 *   Stat Assoc. 1927;22(158):209-212.
 * @see Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of
 *   seven methods. Stat Med. 1998;17(8):857-872.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'promkit';
 *
 * wilsonInterval(81, 263);
 * //=> { successes: 81, n: 263, proportion: 0.307984790874525, lower: 0.255288519878274,
 * //     upper: 0.3662095769828, level: 0.95 }   (Newcombe 1998: 0.2553 to 0.3662)
 * ```
 */
export function wilsonInterval(successes: number, n: number, options?: WilsonIntervalOptions): ProportionInterval {
  checkOptions(options);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    fail('invalid-argument', ['n'], n, `n: expected a whole number ≥ 1, got ${describeValue(n)}`);
  }
  if (typeof successes !== 'number' || !Number.isInteger(successes) || successes < 0 || successes > n) {
    fail('invalid-argument', ['successes'], successes, `successes: expected a whole number from 0 to n (${n}), got ${describeValue(successes)}`);
  }
  const level = confidenceLevel(options?.level, ['options', 'level']);
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const lower = successes === 0 ? 0 : Math.max(0, (centre - half) / denominator);
  const upper = successes === n ? 1 : Math.min(1, (centre + half) / denominator);
  return { successes, n, proportion: tidy(p), lower: tidy(lower), upper: tidy(upper), level };
}
