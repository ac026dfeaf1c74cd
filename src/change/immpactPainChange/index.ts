import { fail } from '../../errors.js';
import { readScore, resolveContext } from '../_lib/context.js';
import { tidy } from '../_lib/numbers.js';
import type { ScoreInput } from '../_lib/types.js';

/** IMMPACT category of a percent reduction in pain intensity. */
export type ImmpactCategory = 'substantial' | 'moderate' | 'minimal' | 'none' | 'worse';

/** The result of {@link immpactPainChange}. */
export interface ImmpactPainChangeResult {
  readonly kind: 'immpact-pain-change';
  readonly baseline: number;
  readonly followUp: number;
  /** baseline − followUp, in points (positive = less pain). */
  readonly reduction: number;
  /** 100 × (baseline − followUp) / baseline; null when that is not a finite number (baseline 0, follow-up above it). */
  readonly percentReduction: number | null;
  readonly category: ImmpactCategory;
  /** A reduction of at least 2 points on the 0–10 scale. */
  readonly atLeastTwoPoints: boolean;
  /** Why `percentReduction` is null. */
  readonly percentReason?: string;
}

/**
 * @summary IMMPACT categories of change in 0–10 pain intensity.
 *
 * @remarks
 * `percentReduction = 100 × (baseline − followUp) / baseline`, then (Dworkin et al. 2008):
 * - `substantial`: ≥ 50 %;
 * - `moderate`: ≥ 30 % (and < 50 %);
 * - `minimal`: ≥ 10 % (and < 30 %). The paper calls reductions of 10–20 % minimally important
 *   and ≥ 30 % moderately important and names nothing between 20 and 30 %; promkit counts that
 *   gap as `minimal`, so every reduction of at least 10 % short of 30 % is minimal;
 * - `none`: a reduction below 10 %, including no change;
 * - `worse`: any increase (follow-up above baseline).
 * `atLeastTwoPoints` is a reduction of ≥ 2 points, the raw-score equivalent of ~30 % (Farrar et
 * al. 2001) that IMMPACT also reports. Baseline 0: follow-up 0 is 0 % (`none`); a follow-up
 * above 0 has no finite percentage (`percentReduction` null) and is `worse`. Percentages are
 * rounded to 15 significant digits before comparing, so 3 → 2.1 counts as 30 %.
 *
 * @param baseline - pain intensity 0–10 (number or `ScoreValue`)
 * @param followUp - pain intensity 0–10
 * @returns the percent reduction, its category and the 2-point flag
 * @throws {PromkitError} when a value is not a finite number in 0–10
 *
 * @see Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment
 *   outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.
 *   doi:10.1016/j.jpain.2007.09.005
 * @see Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes
 *   in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain.
 *   2001;94(2):149-158. doi:10.1016/S0304-3959(01)00349-9
 *
 * @example
 * ```ts
 * import { immpactPainChange } from 'promkit';
 *
 * immpactPainChange(8, 5);
 * //=> { kind: 'immpact-pain-change', baseline: 8, followUp: 5, reduction: 3,
 * //     percentReduction: 37.5, category: 'moderate', atLeastTwoPoints: true }
 * ```
 */
export function immpactPainChange(baseline: ScoreInput, followUp: ScoreInput): ImmpactPainChangeResult {
  const ctx = resolveContext(undefined);
  const x1 = readScore(baseline, ctx, ['baseline']);
  const x2 = readScore(followUp, ctx, ['followUp']);
  for (const [x, name] of [[x1, 'baseline'], [x2, 'followUp']] as const) {
    if (x < 0 || x > 10) fail('out-of-range', [name], x, `${name}: ${x} is outside the 0–10 pain intensity scale that the IMMPACT thresholds apply to`);
  }
  const reduction = tidy(x1 - x2);
  let percentReduction: number | null;
  let percentReason: string | undefined;
  if (x1 === 0) {
    percentReduction = x2 === 0 ? 0 : null;
    if (x2 !== 0) percentReason = 'the baseline is 0, so an increase from it is not a finite percentage';
  } else {
    const raw = (100 * (x1 - x2)) / x1;
    percentReduction = Number.isFinite(raw) ? tidy(raw) : null;
    // Only an increase from a near-zero baseline can overflow; its category is 'worse' anyway.
    if (percentReduction === null) percentReason = 'the baseline is too close to 0 for the percentage to be a finite number';
  }
  let category: ImmpactCategory;
  if (x2 > x1) category = 'worse';
  else if ((percentReduction as number) >= 50) category = 'substantial';
  else if ((percentReduction as number) >= 30) category = 'moderate';
  else if ((percentReduction as number) >= 10) category = 'minimal';
  else category = 'none';
  const result: { -readonly [K in keyof ImmpactPainChangeResult]: ImmpactPainChangeResult[K] } = {
    kind: 'immpact-pain-change',
    baseline: x1,
    followUp: x2,
    reduction,
    percentReduction,
    category,
    atLeastTwoPoints: reduction >= 2,
  };
  if (percentReason) result.percentReason = percentReason;
  return result;
}
