import { tidy } from '../_lib/numbers.js';
import { DAY_MS, readSeries } from '../_lib/series.js';
import type { Observation, SeriesOptions } from '../_lib/types.js';

/** The result of {@link areaUnderCurve}. */
export interface AreaUnderCurveResult {
  /** Trapezoidal area, in score units × days. */
  readonly auc: number;
  /** auc / spanDays: the time-weighted mean score. */
  readonly perDay: number;
  readonly spanDays: number;
  readonly n: number;
  readonly from: string;
  readonly to: string;
}

/**
 * @summary Area under a dated series (trapezoidal rule), total and per day.
 *
 * @remarks
 * `auc = Σ (t₍ᵢ₊₁₎ − tᵢ) · (yᵢ + y₍ᵢ₊₁₎) / 2` over consecutive observations, t in days (whole
 * days for calendar-day series, fractional for date-times), from the first to the last
 * observation; `perDay = auc / (t_last − t_first)`, the time-weighted mean. Between two
 * observations the value is interpolated linearly, across gaps too: a week without entries
 * counts as a straight line between its neighbours. No baseline is subtracted (subtract
 * `seriesBaseline(...).value × spanDays` for area relative to baseline). Nothing is
 * extrapolated before the first or after the last observation. Series rules are those of
 * {@link seriesBaseline}.
 *
 * @param observations - `{ date, value }` objects, at least two distinct dates
 * @param options - `duplicates`, `metric`, `{ instrument, score }`
 * @returns the area and the area per day
 * @throws {PromkitError} for fewer than two distinct dates or an invalid series
 *
 * @see Matthews JN, Altman DG, Campbell MJ, Royston P. Analysis of serial measurements in
 *   medical research. BMJ. 1990;300(6719):230-235 (area under the curve as a summary measure).
 *
 * @example
 * ```ts
 * import { areaUnderCurve } from 'promkit';
 *
 * areaUnderCurve([{ date: '2024-03-01', value: 6 }, { date: '2024-03-03', value: 4 }, { date: '2024-03-07', value: 4 }]);
 * //=> { auc: 26, perDay: 4.33333333333333, spanDays: 6, n: 3, from: '2024-03-01', to: '2024-03-07' }
 * ```
 */
export function areaUnderCurve(observations: readonly Observation[], options?: SeriesOptions): AreaUnderCurveResult {
  const { points } = readSeries(observations, options, 2);
  let auc = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as (typeof points)[number];
    const b = points[i] as (typeof points)[number];
    auc += (((b.ms - a.ms) / DAY_MS) * (a.value + b.value)) / 2;
  }
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const span = (last.ms - first.ms) / DAY_MS;
  return { auc: tidy(auc), perDay: tidy(auc / span), spanDays: tidy(span), n: points.length, from: first.date, to: last.date };
}
