import { resolveContext, rangeOf, readScore, sign, type Context } from '../_lib/context.js';
import { optionalNumber, tidy } from '../_lib/numbers.js';
import type { Direction, ScoreContextOptions, ScoreInput } from '../_lib/types.js';

/** Options of {@link change}. */
export interface ChangeOptions extends ScoreContextOptions {
  /**
   * The scale floor that percentages are measured from. Default: the minimum of the score's
   * range (from `instrument`/`score`, or from a `ScoreValue` input), else 0. On the T-score
   * metric there is no floor unless you give one.
   */
  readonly floor?: number;
}

/** The result of {@link change}. */
export interface ChangeResult {
  /** The baseline number used. */
  readonly baseline: number;
  /** The follow-up number used. */
  readonly followUp: number;
  /** followUp − baseline. */
  readonly difference: number;
  /** Which way is better, or null when neither the options nor a definition say. */
  readonly direction: Direction | null;
  /** The difference signed so that positive = better; null when the direction is unknown. */
  readonly improvement: number | null;
  /** The floor percentages are measured from, or null when there is none (T-score metric). */
  readonly floor: number | null;
  /** 100 × difference / (baseline − floor); null when undefined (see `percentReason`). */
  readonly percentChange: number | null;
  /** 100 × improvement / (baseline − floor); null when undefined or the direction is unknown. */
  readonly percentImprovement: number | null;
  /** Why a percentage is null. */
  readonly percentReason?: string;
}

/** @internal The floor for percentages, or null with a reason. */
export function resolveFloor(
  options: ChangeOptions | undefined,
  ctx: Context,
  inputs: readonly unknown[],
): { floor: number | null; reason?: string } {
  const given = optionalNumber(options?.floor, ['options', 'floor'], () => true, 'a finite number');
  if (given !== undefined) return { floor: given };
  if (ctx.metric === 'tScore') {
    return { floor: null, reason: 'percent change is not defined on the T-score metric, which has no floor; pass options.floor to choose one' };
  }
  if (ctx.score) return { floor: ctx.score.range[0] };
  for (const input of inputs) {
    const range = rangeOf(input);
    if (range) return { floor: range[0] };
  }
  return { floor: 0 };
}

/** @internal Percent change from resolved numbers, applying the zero-baseline rule. */
export function percentOf(
  baseline: number,
  followUp: number,
  floor: number | null,
  floorReason?: string,
): { percent: number | null; reason?: string } {
  if (floor === null) return { percent: null, reason: floorReason ?? 'no floor' };
  const distance = baseline - floor;
  if (distance < 0) {
    return { percent: null, reason: `the baseline (${baseline}) is below the floor (${floor}), so a percentage of its distance from the floor is undefined` };
  }
  if (distance === 0) {
    if (followUp === floor) return { percent: 0 };
    return { percent: null, reason: `the baseline is at the scale floor (${floor}), so any change from it is an undefined percentage` };
  }
  const percent = (100 * (followUp - baseline)) / distance;
  if (!Number.isFinite(percent)) {
    return { percent: null, reason: `the baseline is too close to the floor (${floor}) for the percentage to be a finite number` };
  }
  return { percent: tidy(percent) };
}

/**
 * @summary Change between two time points: difference, improvement and percentages.
 *
 * @remarks
 * - `difference = followUp − baseline`
 * - `improvement = difference` when higher is better, `−difference` when higher is worse, so
 *   positive always means better. The direction comes from `options.direction`, else from the
 *   definition of `{ instrument, score }`; without either, `improvement` and
 *   `percentImprovement` are null.
 * - `percentChange = 100 × difference / (baseline − floor)` and
 *   `percentImprovement = 100 × improvement / (baseline − floor)`: change relative to the
 *   baseline's distance from the scale floor (the score's range minimum; 0 for plain numbers
 *   without a definition). For a 0–10 pain rating, going from 8 to 4 is −50 % change and +50 %
 *   improvement.
 *
 * Edge rules:
 * - baseline at the floor and follow-up at the floor → both percentages are 0;
 * - baseline at the floor and follow-up elsewhere → both percentages are null, with a
 *   `percentReason` (a change from zero is not a finite percentage);
 * - baseline below the floor, so close above it that the percentage overflows, or the T-score
 *   metric without `options.floor` → null with a reason.
 *
 * Inputs are numbers or `ScoreValue`s from `score()`; from a `ScoreValue` the `tScore` is used
 * when the score's psychometrics say `metric: 'tScore'` (or `options.metric` does), else `value`.
 * Results are rounded to 15 significant digits to drop binary noise (7.3 − 5.1 gives −2.2).
 *
 * @param baseline - the earlier score
 * @param followUp - the later score
 * @param options - direction, `{ instrument, score }`, `metric`, `floor`
 * @returns the difference, improvement and percentages
 * @throws {PromkitError} for a non-finite number, a `ScoreValue` whose value is null, a value
 *   outside the definition's range, or invalid options
 *
 * @see Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment
 *   outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121
 *   (percent change from baseline as the recommended responder metric).
 *
 * @example
 * ```ts
 * import { change } from 'promkit';
 *
 * change(8, 4, { direction: 'higher-is-worse' });
 * //=> { baseline: 8, followUp: 4, difference: -4, direction: 'higher-is-worse', improvement: 4,
 * //     floor: 0, percentChange: -50, percentImprovement: 50 }
 * change(0, 3, { direction: 'higher-is-worse' }).percentReason;
 * //=> 'the baseline is at the scale floor (0), so any change from it is an undefined percentage'
 * ```
 */
export function change(baseline: ScoreInput, followUp: ScoreInput, options?: ChangeOptions): ChangeResult {
  const ctx = resolveContext(options);
  const x1 = readScore(baseline, ctx, ['baseline']);
  const x2 = readScore(followUp, ctx, ['followUp']);
  const { floor, reason: floorReason } = resolveFloor(options, ctx, [baseline, followUp]);
  const difference = tidy(x2 - x1);
  const direction = ctx.direction;
  const improvement = direction ? tidy(sign(direction) * difference) : null;
  const { percent, reason } = percentOf(x1, x2, floor, floorReason);
  const percentImprovement = percent === null || direction === null ? null : tidy(sign(direction) * percent);
  const result: { -readonly [K in keyof ChangeResult]: ChangeResult[K] } = {
    baseline: x1,
    followUp: x2,
    difference,
    direction,
    improvement,
    floor,
    percentChange: percent,
    percentImprovement,
  };
  if (reason) result.percentReason = reason;
  else if (direction === null) result.percentReason = 'percentImprovement needs a direction; pass options.direction or { instrument, score }';
  return result;
}
