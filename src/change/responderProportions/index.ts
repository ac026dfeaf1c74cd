import { describeValue, fail, PromkitError } from '../../errors.js';
import { definitionSource, requireDirection, sign } from '../_lib/context.js';
import { confidenceLevel, tidy } from '../_lib/numbers.js';
import type { ChangePair, McidInput, ScoreContextOptions, SourcedValue, ValueSource } from '../_lib/types.js';
import { percentOf, resolveFloor } from '../change/index.js';
import { readPairs } from '../cohortChange/index.js';
import { reliableChange } from '../reliableChange/index.js';
import { wilsonInterval, type ProportionInterval } from '../wilsonInterval/index.js';

/** Options of {@link responderProportions}. */
export interface ResponderProportionsOptions extends ScoreContextOptions {
  /** Percent-improvement thresholds; default [30, 50] (IMMPACT moderate and substantial). */
  readonly percents?: readonly number[];
  /** Your MCID (points, or `{ value, unit }`); default: every MCID stored on the score. */
  readonly mcid?: number | McidInput;
  /** For the reliable-improvement proportion (Jacobson–Truax); default: stored. */
  readonly reliability?: number;
  /** For the reliable-improvement proportion; default: stored reference (else dysfunctional) SD. */
  readonly sd?: number;
  /** RCI criterion; default 1.96. */
  readonly criterion?: number;
  /** Floor for percentages; see {@link change}. */
  readonly floor?: number;
  /** Confidence level of the Wilson intervals; default 0.95. */
  readonly level?: number;
}

/** One responder proportion. */
export interface ResponderProportion extends ProportionInterval {
  /** Patients left out of the denominator because their criterion was undefined. */
  readonly excluded: number;
}

/** The result of {@link responderProportions}. */
export interface ResponderProportionsResult {
  /** Patients given. */
  readonly n: number;
  /** One entry per percent threshold. */
  readonly percent: readonly (ResponderProportion & { readonly threshold: number })[];
  /** One entry per MCID used; empty when there is none (see `reasons`). */
  readonly mcid: readonly (ResponderProportion & { readonly mcid: number; readonly unit: 'points' | 'percent'; readonly source: ValueSource })[];
  /** Reliable improvement by Jacobson–Truax; null when reliability or SD is unknown (see `reasons`). */
  readonly reliableImprovement: (ResponderProportion & { readonly reliability: SourcedValue; readonly sd: SourcedValue }) | null;
  readonly reasons?: readonly string[];
}

/**
 * @summary Proportions of responders in a cohort, each with a Wilson score interval.
 *
 * @remarks
 * For each patient, improvement and percent improvement are computed as in {@link change}
 * (direction-aware; percent relative to the baseline's distance from the floor). Then:
 * - `percent`: improvement ≥ each threshold in `percents` (default 30 % and 50 %, the IMMPACT
 *   moderate and substantial levels, Dworkin et al. 2008);
 * - `mcid`: improvement ≥ each MCID (the caller's, else each stored one; points or percent);
 * - `reliableImprovement`: a Jacobson–Truax RCI classified `improved` (reliability and SD from
 *   the options, else stored; see {@link reliableChange}).
 * A patient whose percent improvement is undefined (baseline at the floor, follow-up elsewhere)
 * is left out of that percent proportion's denominator and counted in `excluded`; a patient
 * at the floor at both times has 0 % and counts as a non-responder. Missing MCIDs or
 * reliability do not throw: that entry is empty/null and `reasons` says why. Intervals are
 * Wilson score intervals ({@link wilsonInterval}).
 *
 * @param pairs - `{ baseline, followUp }` per patient, at least one
 * @param options - thresholds, MCID, reliability/SD, direction or `{ instrument, score }`, `level`
 * @returns each proportion with its interval
 * @throws {PromkitError} for an empty cohort, an unknown direction, or invalid scores/options
 *
 * @see Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment
 *   outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121.
 * @see Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of
 *   seven methods. Stat Med. 1998;17(8):857-872.
 *
 * @example
 * ```ts
 * import { responderProportions } from 'promkit';
 *
 * const pairs = [{ baseline: 8, followUp: 4 }, { baseline: 6, followUp: 5 }, { baseline: 7, followUp: 3 }, { baseline: 5, followUp: 5 }];
 * const r = responderProportions(pairs, { direction: 'higher-is-worse', mcid: 2 });
 * r.percent.map((p) => [p.threshold, p.successes, p.n]); //=> [[30, 2, 4], [50, 2, 4]]
 * r.mcid[0].proportion;                                   //=> 0.5
 * r.reliableImprovement;                                  //=> null (no reliability given or stored)
 * ```
 */
export function responderProportions(pairs: readonly ChangePair[], options?: ResponderProportionsOptions): ResponderProportionsResult {
  const { ctx, read } = readPairs(pairs, options, 1);
  const direction = requireDirection(ctx);
  const s = sign(direction);
  const level = confidenceLevel(options?.level, ['options', 'level']);
  const percents = options?.percents ?? [30, 50];
  if (!Array.isArray(percents) || percents.some((p) => typeof p !== 'number' || !Number.isFinite(p) || p <= 0)) {
    fail('invalid-argument', ['options', 'percents'], percents, `options.percents: expected an array of numbers > 0 (e.g. [30, 50]), got ${describeValue(percents)}`);
  }
  const { floor, reason: floorReason } = resolveFloor(options, ctx, read.length ? [read[0]?.raw.baseline] : []);
  const rows = read.map((p) => {
    const improvement = tidy(s * (p.followUp - p.baseline));
    const pct = percentOf(p.baseline, p.followUp, floor, floorReason).percent;
    return { ...p, improvement, percentImprovement: pct === null ? null : tidy(s * pct) };
  });
  const reasons: string[] = [];
  const proportion = (flags: (boolean | null)[]): ResponderProportion => {
    const known = flags.filter((f): f is boolean => f !== null);
    const excluded = flags.length - known.length;
    if (known.length === 0) {
      return { successes: 0, n: 0, proportion: 0, lower: 0, upper: 1, level, excluded };
    }
    return { ...wilsonInterval(known.filter(Boolean).length, known.length, { level }), excluded };
  };
  const percent = percents.map((threshold) => ({
    threshold,
    ...proportion(rows.map((r) => (r.percentImprovement === null ? null : r.percentImprovement >= threshold))),
  }));
  if (percent.some((p) => p.excluded > 0)) reasons.push('patients whose baseline is at the scale floor and whose follow-up is not have no percent improvement and are excluded from the percent proportions');

  const mcids: { value: number; unit: 'points' | 'percent'; source: ValueSource }[] = [];
  if (options?.mcid !== undefined) {
    const m = options.mcid as unknown;
    if (typeof m === 'number' && Number.isFinite(m) && m > 0) mcids.push({ value: m, unit: 'points', source: { from: 'caller' } });
    else if (m !== null && typeof m === 'object' && typeof (m as McidInput).value === 'number' && Number.isFinite((m as McidInput).value) && (m as McidInput).value > 0 && ((m as McidInput).unit === 'points' || (m as McidInput).unit === 'percent')) {
      mcids.push({ value: (m as McidInput).value, unit: (m as McidInput).unit, source: { from: 'caller' } });
    } else {
      fail('invalid-argument', ['options', 'mcid'], m, `options.mcid: expected a number of points > 0 or { value: > 0, unit: 'points' | 'percent' }, got ${describeValue(m)}`);
    }
  } else {
    for (const m of ctx.score?.psychometrics?.mcid ?? []) mcids.push({ value: m.value, unit: m.unit, source: definitionSource(ctx, m.source, m.population) });
  }
  if (mcids.length === 0) reasons.push('no MCID was given or stored, so there is no MCID proportion');
  const mcid = mcids.map((m) => ({
    mcid: m.value,
    unit: m.unit,
    source: m.source,
    ...proportion(rows.map((r) => {
      const amount = m.unit === 'points' ? r.improvement : r.percentImprovement;
      return amount === null ? null : amount >= m.value;
    })),
  }));

  let reliableImprovement: ResponderProportionsResult['reliableImprovement'] = null;
  const rcOptions = {
    ...(ctx.instrument ? { instrument: ctx.instrument, score: ctx.scoreName as string } : {}),
    direction,
    metric: ctx.metric,
    ...(options?.reliability !== undefined ? { reliability: options.reliability } : {}),
    ...(options?.sd !== undefined ? { sd: options.sd } : {}),
    ...(options?.criterion !== undefined ? { criterion: options.criterion } : {}),
  };
  try {
    const rcs = rows.map((r) => reliableChange(r.baseline, r.followUp, rcOptions));
    const inputs = (rcs[0] as (typeof rcs)[number]).inputs;
    reliableImprovement = {
      ...proportion(rcs.map((rc) => rc.classification === 'improved')),
      reliability: inputs.reliability,
      sd: inputs.sd,
    };
  } catch (error) {
    // Only a missing (not an invalid) reliability or SD turns into a reason.
    const issue = error instanceof PromkitError ? error.issues[0] : undefined;
    const path = issue?.path.join('.');
    if (!issue || issue.input !== undefined || (path !== 'options.reliability' && path !== 'options.sd')) throw error;
    reasons.push(`no reliable-improvement proportion: ${issue.message}`);
  }
  const result: { -readonly [K in keyof ResponderProportionsResult]: ResponderProportionsResult[K] } = { n: read.length, percent, mcid, reliableImprovement };
  if (reasons.length) result.reasons = reasons;
  return result;
}
