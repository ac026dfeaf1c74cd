import { describeValue, fail } from '../../errors.js';
import { computeBaseline, type BaselineSpec, type SeriesBaselineResult } from '../_lib/baseline.js';
import { requireDirection, sign } from '../_lib/context.js';
import { checkOptions, tidy } from '../_lib/numbers.js';
import { readSeries } from '../_lib/series.js';
import type { Observation, SeriesOptions } from '../_lib/types.js';
import { percentOf, resolveFloor } from '../change/index.js';

/** Options of {@link timeToSustainedResponse}. */
export interface TimeToSustainedResponseOptions extends SeriesOptions {
  /** What counts as a response: improvement from baseline of at least this many percent or points. */
  readonly response: { readonly percent: number } | { readonly points: number };
  /** How long it must hold: this many consecutive observations, or this many days. */
  readonly sustain: { readonly observations: number } | { readonly days: number };
  /** The baseline: a number, or how to take it from the series (default: the first observation). */
  readonly baseline?: number | BaselineSpec;
  /** Floor for percentages; see {@link change}. */
  readonly floor?: number;
}

/** The result of {@link timeToSustainedResponse}. */
export interface TimeToSustainedResponseResult {
  /** Whether a sustained response was found. */
  readonly reached: boolean;
  /** Date of the first observation of the first sustained run; null when not reached. */
  readonly date: string | null;
  /** Days from the baseline's reference time to `date`; null when not reached. */
  readonly days: number | null;
  /** The baseline used (`method: 'caller'` for a number). */
  readonly baseline: SeriesBaselineResult | { readonly value: number; readonly method: 'caller' };
  /** The rule applied, in words. */
  readonly rule: string;
}

/**
 * @summary Time from baseline to the first sustained response in a dated series.
 *
 * @remarks
 * An observation responds when its improvement from the baseline (direction-aware, so a fall is
 * an improvement when higher is worse) is ≥ `response.points`, or its percent improvement
 * (relative to the baseline's distance from the floor, as in {@link change}: `floor`, else the
 * score's range minimum from `{ instrument, score }` or from scores of `score()`, else 0) is ≥
 * `response.percent`. With the baseline at the floor a percent response is impossible
 * (undefined percentage). A response is sustained when a run of consecutive observations all
 * respond and
 * - `sustain.observations: N`: the run has at least N observations;
 * - `sustain.days: N`: the run covers at least N days — for calendar-day series, from its first
 *   to its last day inclusive (7 daily entries cover 7 days); for date-time series, the elapsed
 *   time from its first to its last observation.
 * Runs follow the observations that exist: a gap in recording does not break a run (nothing
 * contradicts the response there), and a single non-responding observation does.
 *
 * Baseline: `'first'` (default) takes the first observation and looks for responses after it;
 * `{ method: 'window', before }` averages the window and looks from `before` on (inclusive);
 * `{ method: 'date', date }` looks after that date; a number looks at every observation and
 * measures time from the first. `days` is measured from that reference (the baseline
 * observation, or `before`). Series rules are those of {@link seriesBaseline}.
 *
 * @param observations - `{ date, value }` objects, in any order
 * @param options - `response`, `sustain` (both required), `baseline`, direction or `{ instrument, score }`
 * @returns whether and when a sustained response began
 * @throws {PromkitError} for a missing or invalid rule, an unknown direction or an invalid series
 * @see Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment
 *   outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105-121
 *   (percent and point responder definitions).
 *
 * @example
 * ```ts
 * import { timeToSustainedResponse } from 'promkit';
 *
 * const diary = [
 *   { date: '2024-03-01', value: 8 }, { date: '2024-03-04', value: 5 }, { date: '2024-03-06', value: 6 },
 *   { date: '2024-03-08', value: 4 }, { date: '2024-03-10', value: 4 }, { date: '2024-03-12', value: 3 },
 * ];
 * timeToSustainedResponse(diary, {
 *   direction: 'higher-is-worse', response: { percent: 30 }, sustain: { observations: 3 },
 * });
 * //=> { reached: true, date: '2024-03-08', days: 7,
 * //     baseline: { value: 8, method: 'first', n: 1, dates: ['2024-03-01'] },
 * //     rule: 'improvement ≥ 30 % from baseline, held for 3 consecutive observations' }
 * ```
 */
export function timeToSustainedResponse(observations: readonly Observation[], options: TimeToSustainedResponseOptions): TimeToSustainedResponseResult {
  checkOptions(options);
  if (options === undefined) {
    fail('invalid-argument', ['options'], options, 'options: expected { response, sustain }, e.g. { response: { percent: 30 }, sustain: { observations: 2 } }');
  }
  const series = readSeries(observations, options);
  const direction = requireDirection(series.ctx);
  const s = sign(direction);
  const response = options.response as Record<string, unknown> | undefined;
  const byPercent = response && typeof response === 'object' && 'percent' in response;
  const amount = response && typeof response === 'object' ? (byPercent ? response.percent : response.points) : undefined;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
    fail('invalid-argument', ['options', 'response'], options.response, `options.response: expected { percent: > 0 } or { points: > 0 }, got ${describeValue(options.response)}`);
  }
  const sustain = options.sustain as Record<string, unknown> | undefined;
  const byDays = sustain && typeof sustain === 'object' && 'days' in sustain;
  const length = sustain && typeof sustain === 'object' ? (byDays ? sustain.days : sustain.observations) : undefined;
  const lengthOk = typeof length === 'number' && Number.isFinite(length) && (byDays ? length > 0 : Number.isInteger(length) && length >= 1);
  if (!lengthOk) {
    fail('invalid-argument', ['options', 'sustain'], options.sustain, `options.sustain: expected { observations: a whole number ≥ 1 } or { days: > 0 }, got ${describeValue(options.sustain)}`);
  }

  let baseline: TimeToSustainedResponseResult['baseline'];
  let t0: number;
  let includesT0: boolean;
  const points = series.points;
  if (typeof options.baseline === 'number') {
    if (!Number.isFinite(options.baseline)) fail('not-finite', ['options', 'baseline'], options.baseline, 'options.baseline: expected a finite number or a baseline method');
    baseline = { value: options.baseline, method: 'caller' };
    t0 = (points[0] as (typeof points)[number]).t;
    includesT0 = true;
  } else {
    checkOptions(options.baseline, ['options', 'baseline']);
    const b = computeBaseline(series, options.baseline, ['options', 'baseline']);
    baseline = b.result;
    t0 = b.t0;
    includesT0 = b.followUpIncludesT0;
  }
  // As in change(): without options.floor or a definition, scores from score() bring their range's minimum.
  const { floor, reason } = resolveFloor(options, series.ctx, observations.map((o) => o.value));
  const responds = (value: number): boolean => {
    if (!byPercent) return tidy(s * (value - baseline.value)) >= amount;
    const pct = percentOf(baseline.value, value, floor, reason).percent;
    return pct !== null && tidy(s * pct) >= amount;
  };
  const followUp = points.filter((p) => (includesT0 ? p.t >= t0 : p.t > t0));
  const unitText = byPercent ? `${amount} %` : `${amount} point${amount === 1 ? '' : 's'}`;
  const rule = `improvement ≥ ${unitText} from baseline, held for ${length} ${byDays ? `day${length === 1 ? '' : 's'}` : `consecutive observation${length === 1 ? '' : 's'}`}`;
  for (let i = 0; i < followUp.length; i++) {
    const start = followUp[i] as (typeof followUp)[number];
    if (!responds(start.value)) continue;
    let j = i;
    let reached = false;
    while (j < followUp.length && responds((followUp[j] as (typeof followUp)[number]).value)) {
      const end = followUp[j] as (typeof followUp)[number];
      const covered = byDays ? (series.kind === 'day' ? end.t - start.t + 1 : end.t - start.t) : j - i + 1;
      if (tidy(covered) >= (length as number)) {
        reached = true;
        break;
      }
      j++;
    }
    if (reached) return { reached: true, date: start.date, days: tidy(start.t - t0), baseline, rule };
    i = j; // the run starting at i fell short; the next candidate starts after the breaking observation
  }
  return { reached: false, date: null, days: null, baseline, rule };
}
